"""Startup benchmark: ``isv-desktop --smoke`` on 1,000 dossiers against a bare-Qt start.

Both are fresh processes, measured alternately in the same run (after
warm-ups), with ``QT_QPA_PLATFORM=offscreen``, ``ISV_DESKTOP_HOME`` set to a
temporary folder and bytecode cached in a temporary folder:

- *app*: ``isv-desktop --smoke --db DB``: opens and checks the dossier file,
  loads the reference data, builds the main window with the dossier list,
  shows it, processes events and exits. DB holds 1,000 dossiers.
- *bare Qt*: ``python -c`` that creates a QApplication, shows an empty
  QMainWindow, processes events and quits.

Reported: median (and min/max) wall time and peak memory (max RSS of each
child, from ``os.wait4``) of both, and the ratio of the medians. For
information, a third process is measured alike: the same home screen in
plain Qt without the app (``PLAIN_HOME_SCREEN``), what any program showing
this screen pays before it reads a file.

Target: ratio <= 1.6. Exits 1 when it is missed.

    python benchmarks/startup.py [--rounds 15] [--warmups 2] [--dossiers 1000]
                                 [--app PATH]   # e.g. dist/isv-desktop/isv-desktop
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.6

BARE_QT = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
    "window.close()\n"
    "app.quit()\n"
)

# Information only: the same home screen in plain Qt, without the app — window size, a table of 1,000 rows
# showing the same kind of texts (a Python model, as the app's lazy one), search field, buttons, the due
# list, four menus with shortcuts. It shows how much of the app's time any program with this screen pays.
PLAIN_HOME_SCREEN = (
    "import sys\n"
    "from PySide6.QtCore import QAbstractTableModel, Qt\n"
    "from PySide6.QtGui import QAction, QKeySequence\n"
    "from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow,\n"
    "    QPushButton, QSplitter, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)\n"
    "ROW = ('Kantoormeubilair stadskantoor', 'ZWO-2026-040', 'Bureaus en stoelen voor de verbouwing · 39130000-2',\n"
    "       '€ 95.000', '1. Dossier en toepasbaarheid', 'Actief', '30 nov 2026')\n"
    "class Model(QAbstractTableModel):\n"
    "    def rowCount(self, parent=None): return 1000\n"
    "    def columnCount(self, parent=None): return 7\n"
    "    def data(self, index, role=0): return ROW[index.column()] if role == 0 else None\n"
    "    def headerData(self, section, orientation, role=0): return 'Kolom' if role == 0 else None\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow(); window.resize(1200, 780)\n"
    "page = QWidget(); layout = QVBoxLayout(page); top = QHBoxLayout(); layout.addLayout(top)\n"
    "top.addWidget(QLineEdit()); top.addWidget(QCheckBox('Ook gearchiveerde dossiers')); top.addWidget(QPushButton('Nieuw'))\n"
    "table = QTableView(); model = Model(); table.setModel(model); layout.addWidget(table); layout.addWidget(QLabel('1.000'))\n"
    "due = QTreeWidget()\n"
    "for _ in range(5): due.addTopLevelItem(QTreeWidgetItem(['01-12-2026', 'nog 6 dagen', 'Plan van aanpak', 'Dossier']))\n"
    "splitter = QSplitter(Qt.Orientation.Vertical); splitter.addWidget(page); splitter.addWidget(due)\n"
    "window.setCentralWidget(splitter)\n"
    "for title in ('&Bestand', '&Dossier', 'Beel&d', '&Help'):\n"
    "    menu = window.menuBar().addMenu(title)\n"
    "    for number in range(5):\n"
    "        action = QAction(f'Actie {number}', window); action.setShortcut(QKeySequence(f'Ctrl+{number}')); menu.addAction(action)\n"
    "window.statusBar(); window.show(); app.processEvents(); window.close(); app.quit()\n"
)


def prepare_database(path: Path, count: int) -> int:
    """A dossier file with ``count`` dossiers: the samples made through the services, then copies in bulk."""
    from isv_desktop.services.demo import fill_with_samples
    from isv_desktop.services.session import open_session

    session = open_session(path)
    try:
        fill_with_samples(session)
        with session.database.transaction() as db:
            table = db["dossiers"]
            samples = [{k: v for k, v in row.items() if k != "id"} for row in table.rows]
            today = date.today()
            start = datetime.now().replace(microsecond=0)
            rows = []
            for number in range(len(samples), count):
                row = dict(samples[number % len(samples)])
                stamp = (start - timedelta(minutes=number)).isoformat()
                row.update(
                    title=f"{row['title']} — perceel {number}",
                    reference=f"BENCH-{number:05d}",
                    created_at=stamp,
                    updated_at=stamp,
                    next_due_date=(today + timedelta(days=number % 400)).isoformat() if number % 3 else None,
                    status="archived" if number % 10 == 0 else row["status"],
                )
                rows.append(row)
            table.insert_all(rows, batch_size=500)
        stored = session.database.db["dossiers"].count
        session.dossiers.all()  # every row must read back as a dossier
    finally:
        session.close()
    return stored


def environment(home: Path, bytecode_cache: Path) -> dict[str, str]:
    """Offscreen Qt, the app's folders in ``home``, and bytecode cached (as in an installed app).

    Bytecode goes below ``bytecode_cache`` (PYTHONPYCACHEPREFIX), so the
    warm-ups compile the app and Qt's Python parts once for both commands and
    nothing is written into the checkout, even where PYTHONDONTWRITEBYTECODE
    is set (compiling every module at every start would not be a startup the
    buyer sees).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISV_DESKTOP_HOME=str(home))
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    return env


def run_measured(command: list[str], env: dict[str, str], log: Path) -> tuple[float, int]:
    """Wall time (s) and peak RSS (bytes) of one child process; fails loudly if it fails."""
    with log.open("wb") as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.stderr.write(log.read_text(errors="replace"))
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere
    return elapsed, peak


def app_command(app: str | None, database: Path) -> list[str]:
    if app:
        return [app, "--smoke", "--db", str(database)]
    script = Path(sys.executable).parent / "isv-desktop"
    if script.exists():
        return [str(script), "--smoke", "--db", str(database)]
    return [sys.executable, "-m", "isv_desktop", "--smoke", "--db", str(database)]


def describe(name: str, times: list[float], peaks: list[int]) -> str:
    return (
        f"{name:<28}{statistics.median(times) * 1000:>9.0f}{min(times) * 1000:>8.0f}{max(times) * 1000:>8.0f}"
        f"{statistics.median(peaks) / 2**20:>12.1f}{max(peaks) / 2**20:>10.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--warmups", type=int, default=2)
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--app", help="the program to start (default: the isv-desktop script beside this Python)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="isv-startup-"))
    try:
        home = work / "home"
        home.mkdir()
        env = environment(home, work / "bytecode")
        os.environ["ISV_DESKTOP_HOME"] = str(home)  # preparing the file must not touch the user's folders
        database = work / "dossiers.sqlite"
        stored = prepare_database(database, args.dossiers)

        app = app_command(args.app, database)
        bare = [sys.executable, "-c", BARE_QT]
        plain = [sys.executable, "-c", PLAIN_HOME_SCREEN]
        commands = {"app": app, "bare": bare, "plain": plain}
        log = work / "child.log"
        for _ in range(args.warmups):
            for command in commands.values():
                run_measured(command, env, log)
        times: dict[str, list[float]] = {name: [] for name in commands}
        peaks: dict[str, list[int]] = {name: [] for name in commands}
        for round_number in range(args.rounds):
            # Alternate the order, so drift in the machine's load hits all alike.
            order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
            for name in order:
                elapsed, peak = run_measured(commands[name], env, log)
                times[name].append(elapsed)
                peaks[name].append(peak)
        app_times, app_peaks, bare_times, bare_peaks = times["app"], peaks["app"], times["bare"], peaks["bare"]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratio = statistics.median(app_times) / statistics.median(bare_times)
    memory_ratio = statistics.median(app_peaks) / statistics.median(bare_peaks)
    print(f"startup: {Path(app[0]).name} --smoke on {stored:,} dossiers vs bare Qt; "
          f"{args.rounds} rounds each, alternating, after "
          f"{args.warmups} warm-ups; QT_QPA_PLATFORM=offscreen")
    print(f"{'':<28}{'median':>9}{'min':>8}{'max':>8}{'peak RSS':>12}{'max':>10}")
    print(f"{'':<28}{'ms':>9}{'ms':>8}{'ms':>8}{'MiB (med)':>12}{'MiB':>10}")
    print(describe("isv-desktop --smoke", app_times, app_peaks))
    print(describe("bare Qt (empty window)", bare_times, bare_peaks))
    print(describe("plain-Qt home screen (info)", times["plain"], peaks["plain"]))
    print(f"difference: {(statistics.median(app_times) - statistics.median(bare_times)) * 1000:.0f} ms, "
          f"{(statistics.median(app_peaks) - statistics.median(bare_peaks)) / 2**20:.1f} MiB "
          f"(memory ratio {memory_ratio:.2f})")
    print(f"information: the same home screen in plain Qt, no app code: "
          f"{statistics.median(times['plain']) / statistics.median(bare_times):.2f} x bare Qt")
    ok = ratio <= TARGET_RATIO
    print(f"startup ratio: {ratio:.2f}  target <= {TARGET_RATIO}  {'OK' if ok else 'TARGET MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
