"""The main window: the dossier list, an open dossier, menus and keyboard shortcuts."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..domain.dossier import Dossier, DossierStatus
from ..domain.messages import UserError, render
from ..services.changes import EVERYTHING, Change, OpChanges
from ..services.preferences import ProgramPreferences
from ..services.session import Session
from .change_relay import ChangeRelay, Freshness
from .dossier_list_model import DossierListModel
from .dossier_list_page import DossierListPage
from .due_panel import DuePanel
from .first_paint import after_first_paint
from .idle_warm_up import importing, warm_up_when_idle
from .lean_qt import VERTICAL, WIDGET_WITH_CHILDREN_SHORTCUT, set_enum_property, shortcut_keys
from .narrowing import application, stored_id
from .window_state import restore_main_window, save_main_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..domain.steps import StepId
    from .data_location import DataLocation
    from .dossier_view import DossierView
    from .workbook_import import WorkbookImport

UNDO_MESSAGE_MS = 15000


def run_and_delete(dialog: QDialog) -> int:
    """``dialog.exec()``, then the dialog goes: a child of the window would otherwise stay until the window
    goes, one more each time it is opened, and a report window deleted with the window while its figures were
    still being counted would take its worker thread down with it (Qt aborts). Deleted later, a dialog waits
    for its workers first (``ReportDialog.event``)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


class MainWindow(QMainWindow):
    def __init__(
        self, session: Session, preferences: ProgramPreferences, language: str, show_help: bool = True
    ) -> None:
        super().__init__()
        self.session = session
        self.preferences = preferences
        self.language = language
        self._deleted: list[Dossier] = []
        self._import: WorkbookImport | None = None  # the workbook import running in the background, if any
        self.next_database: Path | None = None  # set when the buyer moved the dossier file: opened after closing
        self._data_location: DataLocation | None = None  # File > back-up / move: made on first use
        self.setWindowTitle(self.tr("ISV Desktop — Internationale Sociale Voorwaarden"))

        self.list_model = DossierListModel(session.dossiers, language, self)
        self.list_page = DossierListPage(self.list_model, self)
        self._show_help = show_help
        self.dossier_view: DossierView | None = None  # built when the first dossier is opened
        # Read after the dossier list's first paint: the start shows the list first (issue 15)
        self.due_panel = DuePanel(session.due, language, self, read_now=False)
        due_layout = self.due_panel.layout()
        if due_layout is not None:
            due_layout.setContentsMargins(9, 0, 9, 9)  # line up with the dossier list above
        self.home = QSplitter()  # not QSplitter(self): its overloads would build the Qt namespace (lean_qt)
        set_enum_property(self.home, "orientation", VERTICAL)
        self.home.setObjectName("homeScreen")
        self.home.addWidget(self.list_page)
        self.home.addWidget(self.due_panel)
        self.home.setStretchFactor(0, 3)
        self.home.setStretchFactor(1, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self._with_read_only_banner(self.stack))
        self.due_panel.open_requested.connect(self.open_dossier_at)
        # the one place told what each use case changed; every view showing that data reads it again
        self.changes = ChangeRelay(session.database, self)
        Freshness(self.changes, self.list_page, {Change.DOSSIER, Change.DUE}, self.list_page.refresh)
        Freshness(self.changes, self.due_panel, {Change.DOSSIER, Change.DUE}, self.due_panel.refresh)

        after_first_paint(self.list_page.table.viewport(), self._after_first_paint)
        self.list_page.open_requested.connect(self.open_dossier)
        self.list_page.new_button.clicked.connect(self.new_dossier)
        self._build_menus()
        self._update_actions()
        self.stack.currentChanged.connect(lambda _i: self._update_actions())
        self.list_page.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.list_model.modelReset.connect(self._update_actions)
        self.statusBar()
        self.setAcceptDrops(True)
        restore_main_window(self, preferences.store)  # as left; the first time 85% of the screen

    def _after_first_paint(self) -> None:
        """What the first window does not show, done once the dossier list is on the screen (issue 15)."""
        # The wheel guard filters every event of the application: installed at the start, it saw the ~1,100 events
        # of building the home screen (which has no field it guards) and made a Python type for each kind of
        # object they went to, some 20 ms. It guards what was made before it too; opening a dossier installs it
        # as well, in case that comes first.
        from .wheel_guard import install_wheel_guard  # it needs the Qt namespace (lean_qt)

        install_wheel_guard(application())  # the wheel scrolls the form, never an unfocused field
        self.due_panel.refresh()
        session = self.session
        warm_up_when_idle(self, (
            importing(".dossier_view"), lambda: session.progress, lambda: session.knowledge,
            *(importing(f".steps.{name}_page") for name in
              ("applicability", "risk_scan", "criteria", "suppliers", "monitoring")),
        ))

    @property
    def data_location(self) -> DataLocation:
        """File > "Back-up maken naar…" / "Dossierbestand verplaatsen…", made on first use: the start does not
        load the file dialogs and the copying services."""
        if self._data_location is None:
            from .data_location import DataLocation

            self._data_location = DataLocation(self)
        return self._data_location

    # -- menus ---------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut_keys(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(self.tr("&Nieuw dossier"), self.new_dossier, QKeySequence.StandardKey.New, "newAction")
        self.settings_action = self._action(self.tr("&Instellingen…"), self.open_settings, "Ctrl+,", "settingsAction")
        self.backup_action = self._action(self.tr("&Back-up maken naar…"), lambda: self.data_location.back_up(),
                                          None, "backupToAction")
        self.move_database_action = self._action(
            self.tr("Dossierbestand &verplaatsen…"), lambda: self.data_location.move(), None, "moveDatabaseAction")
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit, "quitAction")
        self.open_action = self._action(self.tr("&Openen"), self.open_selected, "Ctrl+O", "openAction")
        self.rename_action = self._action(self.tr("&Hernoemen…"), self.rename_selected, "F2", "renameAction")
        self.duplicate_action = self._action(self.tr("&Dupliceren"), self.duplicate_selected, "Ctrl+D", "duplicateAction")
        self.archive_action = self._action(self.tr("&Archiveren / terugzetten"), self.toggle_archive_selected, "Ctrl+E", "archiveAction")
        self.delete_action = self._action(self.tr("&Verwijderen…"), self.delete_selected, QKeySequence.StandardKey.Delete, "deleteAction")
        self.undo_action = self._action(self.tr("Verwijderen &ongedaan maken"), self.undo_delete, QKeySequence.StandardKey.Undo, "undoDeleteAction")
        self.find_action = self._action(self.tr("&Zoeken"), self._focus_search, QKeySequence.StandardKey.Find, "findAction")
        self.list_action = self._action(self.tr("&Alle dossiers"), self.show_list, "Alt+Home", "listAction")
        self.step_help_action = self._action(
            self.tr("&Uitleg bij deze stap"), self.show_step_help, "F1", "stepHelpAction")
        self.about_action = self._action(self.tr("&Over ISV Desktop"), self.show_about, None, "aboutAction")
        self.legal_context_action = self._action(
            self.tr("&Wettelijk kader"), self.show_legal_context, None, "legalContextAction")
        self.export_action = self._action(self.tr("&Exporteren (PDF, Excel)…"), self.export_dossier, "Ctrl+Shift+E", "exportAction")
        self.import_action = self._action(self.tr("&Importeren…"), self.import_dossier, "Ctrl+I", "importAction")
        self.print_annex_action = self._action(
            self.tr("Bijlage ISV af&drukken…"), lambda: self.annex_on_step_3(print_it=True), QKeySequence.StandardKey.Print,
            "printAnnexAction")
        self.preview_annex_action = self._action(
            self.tr("Afdrukvoorbeeld bij&lage ISV…"), lambda: self.annex_on_step_3(print_it=False), "Ctrl+Shift+P",
            "previewAnnexAction")
        self.report_action = self._action(self.tr("&Jaarrapportage…"), self.open_report, "Ctrl+R", "reportAction")
        self.organisation_action = self._action(
            self.tr("&Organisatie en doelen…"), self.open_organisation, None, "organisationAction"
        )
        self.signals_action = self._action(self.tr("&Signalen…"), self.open_signals, "Ctrl+Shift+S", "signalsAction")
        # Actions on the window apply everywhere; the list-only ones must not steal keys from text fields.
        for action in (self.delete_action, self.rename_action, self.undo_action):
            self.removeAction(action)
            self.list_page.table.addAction(action)
            set_enum_property(action, "shortcutContext", WIDGET_WITH_CHILDREN_SHORTCUT)

        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        file_menu.addActions([self.new_action, self.import_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addActions([self.preview_annex_action, self.print_annex_action])
        file_menu.addSeparator()
        file_menu.addActions([self.report_action, self.organisation_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.move_database_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        dossier_menu = self.menuBar().addMenu(self.tr("&Dossier"))
        dossier_menu.addActions([self.open_action, self.rename_action, self.duplicate_action, self.archive_action,
                                 self.export_action])
        dossier_menu.addSeparator()
        dossier_menu.addActions([self.delete_action, self.undo_action])
        view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        view_menu.addActions([self.list_action, self.find_action, self.signals_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.step_help_action, self.legal_context_action, self.about_action])

    def _update_actions(self) -> None:
        on_list = self.stack.currentWidget() is self.home
        has_selection = on_list and self.list_page.selected_dossier_id() is not None
        writable = self.session.database.writable
        self.open_action.setEnabled(has_selection)
        for action in (self.rename_action, self.duplicate_action, self.archive_action, self.delete_action):
            action.setEnabled(has_selection and writable)
        self.undo_action.setEnabled(bool(self._deleted) and on_list and writable)
        for action in (self.print_annex_action, self.preview_annex_action):  # of the dossier open or selected
            action.setEnabled(has_selection or not on_list)
        for action in (self.new_action, self.import_action, self.organisation_action):
            action.setEnabled(writable)
        if self._import is not None and self._import.running:
            self.import_action.setEnabled(False)  # one import at a time
        self.list_page.new_button.setEnabled(writable)

    def _with_read_only_banner(self, content: QWidget) -> QWidget:
        """``content`` under a banner saying why editing is off, when the file could only be opened for reading."""
        reason = self.session.database.read_only_reason
        if reason is None:
            return content
        banner = QLabel(render("database.read_only", self.language, path=str(self.session.database.path),
                               reason=render(f"database.read_only.{reason}", self.language)), self)
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setAccessibleName(self.tr("Alleen lezen"))
        banner.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); background: palette(alternate-base); }")
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(banner)
        layout.addWidget(content, 1)
        return holder

    # -- navigation ----------------------------------------------------------
    def _step_page_factories(self) -> list:
        """One factory per step page, saying its step; a page's module is imported when the page is first built
        (issue 15: neither start-up nor the first dossier opened pays for the pages not shown)."""
        from ..domain.steps import StepId
        from .steps.step_factory import StepFactory

        session, language = self.session, self.language

        def applicability():
            from .steps.applicability_page import ApplicabilityPage

            return ApplicabilityPage(session.dossiers, session.applicability, language)

        def risk_scan():
            from .steps.risk_scan_page import RiskScanPage

            return RiskScanPage(session.risk_scan, language, applicability=session.applicability)

        def criteria():
            from .steps.criteria_page import CriteriaPage

            return CriteriaPage(session.criteria, language)

        def suppliers():
            from .steps.suppliers_page import SuppliersPage

            return SuppliersPage(session.suppliers, session.questionnaires, language, today=session.today)

        def monitoring():
            from .steps.monitoring_page import MonitoringPage

            return MonitoringPage(session.monitoring, session.suppliers, session.signals, language)

        return [StepFactory(StepId.APPLICABILITY, applicability), StepFactory(StepId.RISK_SCAN, risk_scan),
                StepFactory(StepId.CRITERIA, criteria), StepFactory(StepId.SUPPLIERS, suppliers),
                StepFactory(StepId.MONITORING, monitoring)]

    def _ensure_dossier_view(self) -> DossierView:
        if self.dossier_view is None:
            from .dossier_view import DossierView
            from .wheel_guard import install_wheel_guard

            install_wheel_guard(application())  # already there once the list has been painted

            self.dossier_view = DossierView(
                self.session.dossiers, self._step_page_factories(), self.language, self._show_help, self,
                progress=self.session.progress, changes=self.changes,
            )
            self.dossier_view.back_to_list.connect(self.show_list)
            self.stack.addWidget(self.dossier_view)
        return self.dossier_view

    def open_dossier(self, dossier_id: int) -> DossierView:
        view = self._ensure_dossier_view()
        view.open(dossier_id)
        self.stack.setCurrentWidget(view)
        return view

    def open_dossier_at(self, dossier_id: int, step) -> None:
        """Open a dossier at a step (from the due list or a signal)."""
        self.open_dossier(dossier_id).go_to_step(step)

    def open_selected(self) -> None:
        dossier_id = self.list_page.selected_dossier_id()
        if dossier_id is not None:
            self.open_dossier(dossier_id)

    def show_list(self) -> None:
        if self.dossier_view is not None and self.stack.currentWidget() is self.dossier_view:
            self.dossier_view.flush()
            opened = self.dossier_view.dossier_id
            self.stack.setCurrentWidget(self.home)  # the list and the due panel read what changed when shown
            self.list_page.select_dossier(opened)
        self.list_page.table.setFocus()

    def _focus_search(self) -> None:
        self.show_list()
        self.list_page.search_edit.setFocus()
        self.list_page.search_edit.selectAll()

    # -- dossier actions -----------------------------------------------------
    def new_dossier(self) -> None:
        dossier = self.session.dossiers.create(self.tr("Nieuw dossier"))
        self.list_page.refresh()
        from .steps.applicability_page import ApplicabilityPage

        page = self.open_dossier(stored_id(dossier.id)).pages[0]
        assert isinstance(page, ApplicabilityPage), "step 1 comes first"
        title_edit = page.form.titleEdit
        title_edit.setFocus()
        title_edit.selectAll()

    def rename_selected(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # dialogs load when used, not at start

        dossier_id = self.list_page.selected_dossier_id()
        if dossier_id is None:
            return
        current = self.session.dossiers.get(dossier_id)
        title, accepted = QInputDialog.getText(self, self.tr("Dossier hernoemen"), self.tr("Nieuwe titel:"), text=current.title)
        if accepted:
            self._guarded(lambda: self.session.dossiers.rename(dossier_id, title))
            self.list_page.refresh()

    def duplicate_selected(self) -> None:
        dossier_id = self.list_page.selected_dossier_id()
        if dossier_id is not None:
            copy = self.session.dossiers.duplicate(dossier_id, self.tr(" (kopie)"), self.language)
            self.list_page.refresh()
            self.list_page.select_dossier(copy.id)
            self.statusBar().showMessage(self.tr("Kopie gemaakt: {title}").format(title=copy.title), 5000)

    def toggle_archive_selected(self) -> None:
        dossier_id = self.list_page.selected_dossier_id()
        if dossier_id is None:
            return
        dossier = self.session.dossiers.get(dossier_id)
        if dossier.status is DossierStatus.ACTIVE:
            self.session.dossiers.archive(dossier_id)
            message = self.tr("Gearchiveerd: {title}. Zet ‘Ook gearchiveerde dossiers’ aan om het terug te zien.")
        else:
            self.session.dossiers.unarchive(dossier_id)
            message = self.tr("Teruggezet: {title}")
        self.list_page.refresh()
        self.statusBar().showMessage(message.format(title=dossier.title), 8000)

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used, not at start

        dossier_id = self.list_page.selected_dossier_id()
        if dossier_id is None:
            return
        dossier = self.session.dossiers.get(dossier_id)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Dossier verwijderen"),
                          self.tr("Dossier ‘{title}’ verwijderen?").format(title=dossier.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDeleteBox")
        box.setInformativeText(self.tr("U kunt het direct daarna nog terugzetten met Ctrl+Z."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Verwijderen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Niet verwijderen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self._deleted.append(self.session.dossiers.delete(dossier_id))
        self.list_page.refresh()
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Verwijderd: {title}. Ongedaan maken met Ctrl+Z.").format(title=dossier.title), UNDO_MESSAGE_MS
        )

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        restored = self.session.dossiers.undo_delete(self._deleted.pop())
        self.list_page.refresh()
        self.list_page.select_dossier(restored.id)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Teruggezet: {title}").format(title=restored.title), 5000)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        run_and_delete(SettingsDialog(self.session.applicability, self.preferences, self.language, self))
        if self.dossier_view is not None and self.stack.currentWidget() is self.dossier_view and self.dossier_view.dossier_id:
            self.dossier_view.open(self.dossier_view.dossier_id)

    def open_report(self) -> None:
        from .report_dialog import ReportDialog

        run_and_delete(ReportDialog(self.session.reports, self.language, self, today=self.session.today))
        self.list_page.refresh()

    def open_organisation(self) -> None:
        from .organisation_dialog import OrganisationDialog

        run_and_delete(OrganisationDialog(self.session.reports, self.language, self, today=self.session.today))

    def open_signals(self) -> None:
        from .signals_dialog import SignalsDialog

        dialog = SignalsDialog(self.session.signals, self.session.knowledge, self.language, self, changes=self.changes)

        def open_requested(dossier_id: int, step: StepId) -> None:
            dialog.accept()
            self.open_dossier_at(dossier_id, step)

        dialog.open_requested.connect(open_requested)
        run_and_delete(dialog)

    def _current_dossier_id(self) -> int | None:
        if self.dossier_view is not None and self.stack.currentWidget() is self.dossier_view:
            return self.dossier_view.dossier_id
        return self.list_page.selected_dossier_id()

    def annex_on_step_3(self, print_it: bool) -> None:
        """The tender annex of the dossier open (or selected in the list), previewed or printed from step 3,
        which is shown: its status line says how it went."""
        from ..domain.steps import StepId
        from .steps.criteria_page import CriteriaPage

        dossier_id = self._current_dossier_id()
        if dossier_id is None:
            self.statusBar().showMessage(self.tr("Kies eerst een dossier."), 5000)
            return
        view = self.dossier_view
        if view is None or self.stack.currentWidget() is not view or view.dossier_id != dossier_id:
            view = self.open_dossier(dossier_id)
        view.go_to_step(StepId.CRITERIA)
        page = view.current_page()
        if isinstance(page, CriteriaPage) and print_it:
            page.annex.print()
        elif isinstance(page, CriteriaPage):
            page.annex.preview()

    def export_dossier(self) -> None:
        from .export_dialog import ExportDialog

        dossier_id = self._current_dossier_id()
        if dossier_id is None:
            self.statusBar().showMessage(self.tr("Kies eerst een dossier."), 5000)
            return
        if self.dossier_view is not None:
            self.dossier_view.flush()
        dossier = self.session.dossiers.get(dossier_id)
        run_and_delete(ExportDialog(self.session.database.path, dossier_id, dossier.title, dossier.reference,
                                    self.language, self.session.today, parent=self))

    def import_dossier(self, path: str | None = None) -> WorkbookImport | None:
        """Import a shared workbook as a new dossier, in the background; the new dossier opens when it is stored.

        Returns the running import (its ``finished`` says the new dossier's id, or None), or None when no file
        was chosen or an import is running already."""
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used, not at start

        from .workbook_import import WorkbookImport

        if self._import is not None and self._import.running:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Gedeeld dossier importeren"), "", self.tr("Excel-werkboek (*.xlsx)")
            )
        if not path:
            return None
        self._import = WorkbookImport(self.session.database.path, Path(path), self.language, self.session.today, self)
        self._import.finished.connect(self._imported)
        self._import.start()
        self._update_actions()
        return self._import

    def _imported(self, dossier_id: int | None) -> None:
        self._update_actions()
        if dossier_id is None:
            return
        self.show_list()
        # stored through the worker's own connection, which the window's relay does not hear: tell it, so the list
        # and the due panel read again when next shown, not now behind the new dossier (1,000,000 due items: seconds)
        self.changes.changed.emit(OpChanges(EVERYTHING))
        self.open_dossier(dossier_id)
        self.statusBar().showMessage(self.tr("Geïmporteerd als nieuw dossier."), 5000)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.stack.currentWidget() is self.home and _dropped_workbook(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        path = _dropped_workbook(event)
        if path is not None and self.stack.currentWidget() is self.home:
            event.acceptProposedAction()
            self.import_dossier(path)

    def show_step_help(self) -> None:
        """F1: the help page of the step on screen; on the dossier list, the legal context."""
        from .help_window import show_help  # loads when used, not at start

        view = self.dossier_view
        on_step = view is not None and self.stack.currentWidget() is view
        topic = view.current_page().help_topic if view is not None and on_step else "legal_context"
        show_help(self, topic, self.language)

    def show_legal_context(self) -> None:
        from .help_window import show_help  # loads when used, not at start

        show_help(self, "legal_context", self.language)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used, not at start

        QMessageBox.about(self, self.tr("Over ISV Desktop"), self.tr(
            "ISV Desktop helpt inkopers de Internationale Sociale Voorwaarden toe te passen in "
            "aanbestedingen. Alle gegevens blijven op deze computer.\n\nDossierbestand: {path}"
        ).format(path=self.session.database.path))

    def _guarded(self, work) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used, not at start

        try:
            work()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), error.message(self.language))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._import is not None:
            self._import.wait()  # no worker thread outlives the window
        if self.dossier_view is not None:
            self.dossier_view.flush()
        save_main_window(self, self.preferences.store)
        super().closeEvent(event)


def _dropped_workbook(event) -> str | None:
    """The one local .xlsx file being dragged onto the window, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".xlsx"):
        return urls[0].toLocalFile()
    return None
