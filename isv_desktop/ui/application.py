"""Starting the window: language, crash handler, the dossier file (locked, checked), the main window."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import paths
from ..domain.messages import UserError, render
from ..services.session import Session, copy_to_folder, make_backup, open_session, restore_latest_backup
from . import crash_handler, platform_check
from .main_window import MainWindow
from .narrowing import application
from .program_settings import program_preferences
from .translation import install_language

if TYPE_CHECKING:
    from .background_check import BackgroundCheck

EXIT_NOT_OPENED = 3
ICON_FILES = (("isv-desktop-16.png", 16), ("isv-desktop-32.png", 32), ("isv-desktop-48.png", 48),
              ("isv-desktop-64.png", 64), ("isv-desktop-128.png", 128), ("isv-desktop.png", 256))


def run_application(database_path: Path | None, language: str | None, smoke: bool = False) -> int:
    if QApplication.instance() is None:
        trouble = platform_check.problem()  # instead of Qt's abort: what to install, in nl and en
        if trouble:
            print(trouble, file=sys.stderr)
            return platform_check.EXIT_NO_WINDOW
    app = application() if QApplication.instance() is not None else QApplication(sys.argv[:1])
    app.setApplicationName("ISV Desktop")
    app.setOrganizationName("ISV Desktop")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("isv-desktop")  # packaging/linux/isv-desktop.desktop: the icon in a Wayland dock
    preferences = program_preferences()  # QSettings; an earlier version's JSON file is moved in once
    prefs = preferences.load()
    language = language or prefs.language
    translator = install_language(app, language)  # noqa: F841 (kept alive until exit)
    crash_handler.install(language)

    path = Path(database_path or prefs.last_database or paths.default_database_path())
    while True:  # once, or again on the file the buyer moved the dossiers to (File > Dossierbestand verplaatsen)
        opened = open_with_lock(path, language, interactive=not smoke)
        if opened is None:
            return EXIT_NOT_OPENED
        session, lock = opened
        if session.database.writable:
            session.dossiers.purge_deleted()
        window = MainWindow(session, preferences, language, prefs.show_help)
        window.show()
        background_check: BackgroundCheck | None = None
        if not session.database.checked_whole and not smoke:
            from .background_check import start_background_check

            background_check = start_background_check(window, session.database.path, language)
        try:
            if smoke:
                from .first_paint import NO_WINDOW_LINE, PAINTED_LINE, process_until_painted

                if not window.winId():  # the platform made no native window (Qt says why on stderr)
                    print(NO_WINDOW_LINE, file=sys.stderr)
                    return platform_check.EXIT_NO_WINDOW
                if not process_until_painted(window.list_page.table.viewport()):
                    print("the dossier list was not painted", file=sys.stderr)
                    return 1
                print(PAINTED_LINE, flush=True)  # benchmarks/startup.py times the start up to this line
                # The reference data a dossier needs first is loaded on first use; the check loads it here.
                session.applicability.current_period()
                window.close()
                return 0
            code = app.exec()
            next_database = window.next_database
        finally:
            if background_check is not None:
                background_check.wait()  # a thread still reading when its window goes would abort Qt
            window.deleteLater()
            app.processEvents()
            if not smoke and session.database.writable:
                _backup_on_exit(session.database.path, language)
            session.close()
            lock.unlock()
        if next_database is None:
            return code
        path = next_database


def application_icon() -> QIcon:
    """The window icon, from the renders of resources/icons/isv-desktop.svg (devtools/build_icons.py).

    Each file is named with its size, so Qt reads it when that size is drawn, not all six at the start."""
    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for name, pixels in ICON_FILES:
        icon.addFile(str(folder / name), QSize(pixels, pixels))
    return icon


def open_with_lock(path: Path, language: str, interactive: bool) -> tuple[Session, QLockFile] | None:
    """Open the dossier file; a damaged or newer file leads to a choice, never to an overwrite."""
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _tell(render("database.unreadable", language, path=str(path), detail=error.strerror or str(error)),
                  interactive)
            return None
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        left_behind = Path(str(path) + ".lock").exists()  # a lock file nobody holds: the last run did not exit cleanly
        if not lock.tryLock(200) and lock.error() != QLockFile.LockError.PermissionError:
            _tell(render("database.in_use", language, path=str(path)), interactive)
            return None
        # A folder that cannot hold the lock file cannot hold a write either: the file opens read-only.
        try:
            session = open_session(path, whole_check=True if left_behind else None)
        except UserError as error:
            lock.unlock()
            if not interactive:
                print(error.message(language), file=sys.stderr)
                return None
            from .database_problem_dialog import ProblemChoice, ask_what_to_do

            choice, chosen = ask_what_to_do(error, path, language)
            if choice is ProblemChoice.QUIT or chosen is None:  # quitting is the only choice without a file
                return None
            if choice is ProblemChoice.RESTORE_BACKUP:
                restore_latest_backup(path)
            else:
                path = chosen
            continue
        if session.database.read_only_reason == "network" and interactive:
            from .database_problem_dialog import offer_local_copy

            if offer_local_copy(path, language):
                session.close()
                lock.unlock()
                path = copy_to_folder(path, paths.data_dir())
                continue
        return session, lock


def _backup_on_exit(path: Path, language: str) -> None:
    """A copy on the way out; a full disk must not turn closing the window into a crash."""
    try:
        make_backup(path, reason="bij-afsluiten")
    except (OSError, UserError) as error:
        detail = error.message(language) if isinstance(error, UserError) else (error.strerror or str(error))
        crash_handler.log_problem(f"backup on exit failed: {detail}")


def _tell(message: str, interactive: bool) -> None:
    if interactive:
        from PySide6.QtWidgets import QMessageBox  # loaded when there is something to say

        box = QMessageBox(QMessageBox.Icon.Warning, "ISV Desktop", message)
        box.setObjectName("databaseInUseBox")
        box.exec()
    else:
        print(message, file=sys.stderr)
