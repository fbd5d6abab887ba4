"""Startup benchmark (issue 15): ``isv-desktop --smoke`` up to the painted dossier list, against a plain window.

Fresh processes, measured alternately in the same run (after warm-ups), with
``QT_QPA_PLATFORM=offscreen``, ``ISV_DESKTOP_HOME`` set to a temporary folder
and bytecode cached in a temporary folder:

- *app 1k* / *app 100k*: ``python -m isv_desktop --smoke --db DB`` on files of
  1,000 and 100,000 dossiers (made alike: the samples through the services,
  then copies in bulk through the schema): opens and checks the dossier file,
  builds the main window, shows it and processes events until the dossier
  list has painted its first page, then prints ``first page painted``.
- *plain window* (the baseline the issue names): a plain PySide6 window with a
  1,000-row table model, a search field and four menus (``PLAIN_WINDOW``),
  shown and processed until its table has painted, then the same line.
- *bare Qt*: an empty QMainWindow shown and processed, for memory only.

Time is from starting the process to reading that line on its stdout (what
the app does after it, the smoke check of the reference data, and exiting
are not timed); peak memory is the child's VmHWM when it printed the line
(/proc/PID/status; ``ru_maxrss`` of a child on Linux keeps the parent's size
at fork), CPU (user + system, ``os.wait4``) is of the whole process. Median
with min–max of the rounds.

Targets: app 1k <= 1.4 x plain window; app 100k <= 1.15 x app 1k; peak memory
of app 100k <= bare Qt + 25 MiB. Exits 1 when one is missed.

    python benchmarks/startup.py [--rounds 15] [--warmups 2] [--dossiers 1000] [--large 100000]
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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.4
TARGET_LARGE_RATIO = 1.15
TARGET_EXTRA_MIB = 25.0
PAINTED_LINE = "first page painted"  # isv_desktop.ui.first_paint.PAINTED_LINE, printed by --smoke

# Waits until ``widget`` has painted, as the app's smoke start does (isv_desktop/ui/first_paint.py), then says so.
_UNTIL_PAINTED = (
    "from PySide6.QtCore import QEvent, QObject\n"
    "class Seen(QObject):\n"
    "    seen = False\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint: self.seen = True\n"
    "        return False\n"
    "def until_painted(widget):\n"
    "    import time\n"
    "    seen = Seen(widget); widget.installEventFilter(seen)\n"
    "    while True:\n"
    "        app.processEvents()\n"
    "        if seen.seen: break\n"
    "        time.sleep(0.001)\n"
    f"    print({PAINTED_LINE!r}, flush=True)\n"
)

BARE_QT = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    + _UNTIL_PAINTED +
    "window = QMainWindow()\n"
    "window.show()\n"
    "until_painted(window)\n"
    "window.close()\n"
    "app.quit()\n"
)

# The baseline the issue names: a plain PySide6 window, a 1,000-row table model, a search field, four menus.
PLAIN_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QAbstractTableModel\n"
    "from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget\n"
    "ROW = ('Kantoormeubilair stadskantoor', 'ZWO-2026-040', 'Bureaus en stoelen · 39130000-2',\n"
    "       '€ 95.000', '1. Dossier en toepasbaarheid', 'Actief', '30 nov 2026')\n"
    "class Model(QAbstractTableModel):\n"
    "    def rowCount(self, parent=None): return 1000\n"
    "    def columnCount(self, parent=None): return 7\n"
    "    def data(self, index, role=0): return ROW[index.column()] if role == 0 else None\n"
    "app = QApplication(sys.argv[:1])\n"
    + _UNTIL_PAINTED +
    "window = QMainWindow(); window.resize(1200, 780)\n"
    "page = QWidget(); layout = QVBoxLayout(page); layout.addWidget(QLineEdit())\n"
    "table = QTableView(); model = Model(); table.setModel(model); layout.addWidget(table)\n"
    "window.setCentralWidget(page)\n"
    "for title in ('&Bestand', '&Dossier', 'Beel&d', '&Help'):\n"
    "    window.menuBar().addMenu(title).addAction('Actie')\n"
    "window.show(); until_painted(table.viewport()); window.close(); app.quit()\n"
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


@dataclass
class Measurement:
    """One child process: seconds from its start to the painted line, its CPU seconds and peak RSS in bytes."""

    painted: float
    cpu: float
    peak: int


def run_measured(command: list[str], env: dict[str, str], log: Path) -> Measurement:
    """Start ``command``, time it up to the painted line on its stdout, then wait for it; fails loudly."""
    with log.open("wb") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=errors)
        assert process.stdout is not None
        painted = None
        peak = 0
        for line in process.stdout:
            if painted is None and line.strip() == PAINTED_LINE.encode():
                painted = time.perf_counter() - start
                peak = _high_water_mark(process.pid)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or painted is None:
        sys.stderr.write(log.read_text(errors="replace"))
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}"
                         + ("" if painted else f", without printing {PAINTED_LINE!r}"))
    if not peak:  # no /proc: the whole process's peak (on Linux ru_maxrss would include the parent's at fork)
        peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere
    return Measurement(painted, usage.ru_utime + usage.ru_stime, peak)


def _high_water_mark(pid: int) -> int:
    """The child's peak RSS so far (VmHWM, bytes), read while it runs; 0 without /proc."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def app_command(app: str | None, database: Path) -> list[str]:
    """The program to time: ``--app`` (e.g. dist/isv-desktop/isv-desktop) or this checkout's code (cwd is ROOT;
    the venv's isv-desktop script may run another checkout's)."""
    if app:
        return [app, "--smoke", "--db", str(database)]
    return [sys.executable, "-m", "isv_desktop", "--smoke", "--db", str(database)]


@dataclass
class Series:
    painted: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)

    def add(self, measured: Measurement) -> None:
        self.painted.append(measured.painted)
        self.cpu.append(measured.cpu)
        self.peaks.append(measured.peak)


def measure_starts(work: Path, small: Path, large: Path, rounds: int, warmups: int = 1,
                   app: str | None = None) -> dict[str, Series]:
    """The app on ``small`` and ``large``, the plain window and bare Qt, alternating after ``warmups`` rounds."""
    env = environment(work / "home", work / "bytecode")
    log = work / "child.log"
    commands = {
        "app 1k": app_command(app, small),
        "app 100k": app_command(app, large),
        "plain window": [sys.executable, "-c", PLAIN_WINDOW],
        "bare Qt": [sys.executable, "-c", BARE_QT],
    }
    for _ in range(warmups):  # bytecode, disk cache
        for command in commands.values():
            run_measured(command, env, log)
    found = {name: Series() for name in commands}
    for round_number in range(rounds):
        # Alternate the order, so drift in the machine's load hits all alike.
        order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
        for name in order:
            found[name].add(run_measured(commands[name], env, log))
    return found


def ratios(numerators: list[float], denominators: list[float]) -> tuple[float, float, float]:
    """The ratio of the medians, and the spread of the round-by-round ratios."""
    per_round = [a / b for a, b in zip(numerators, denominators, strict=True)]
    return statistics.median(numerators) / statistics.median(denominators), min(per_round), max(per_round)


def verdict(name: str, value: tuple[float, float, float], target: float) -> bool:
    ok = value[0] <= target
    print(f"{name:<34}{value[0]:7.2f}  ({value[1]:.2f}–{value[2]:.2f})  target <= {target}  "
          f"{'OK' if ok else 'TARGET MISSED'}")
    return ok


def print_starts(starts: dict[str, Series]) -> bool:
    """The table and the three targets; True when all are met."""
    print(f"{'':<14}{'painted ms':>24}{'CPU ms':>22}{'peak RSS MiB':>22}")
    for name, series in starts.items():
        cells = "".join(
            f"{statistics.median(values) * scale:>10.{digits}f} ({min(values) * scale:.{digits}f}–"
            f"{max(values) * scale:.{digits}f})"
            for values, scale, digits in ((series.painted, 1000, 0), (series.cpu, 1000, 0),
                                          (series.peaks, 1 / 2**20, 1))
        )
        print(f"{name:<14}{cells}")
    small, large, plain, bare = starts["app 1k"], starts["app 100k"], starts["plain window"], starts["bare Qt"]
    print(f"information: CPU app 1k / plain window {ratios(small.cpu, plain.cpu)[0]:.2f}, "
          f"app 100k / app 1k {ratios(large.cpu, small.cpu)[0]:.2f}")
    ok = verdict("start 1k / plain window", ratios(small.painted, plain.painted), TARGET_RATIO)
    ok &= verdict("start 100k / start 1k", ratios(large.painted, small.painted), TARGET_LARGE_RATIO)
    for name, series in (("1k", small), ("100k", large)):
        extra = [(a - b) / 2**20 for a, b in zip(series.peaks, bare.peaks, strict=True)]
        value = (statistics.median(extra), min(extra), max(extra))
        if name == "100k":
            ok &= verdict(f"peak memory {name} - bare Qt (MiB)", value, TARGET_EXTRA_MIB)
        else:
            print(f"{'peak memory 1k - bare Qt (MiB)':<34}{value[0]:7.2f}  ({value[1]:.2f}–{value[2]:.2f})  "
                  "information")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--warmups", type=int, default=2)
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--large", type=int, default=100_000, help="dossiers in the large file")
    parser.add_argument("--app", help="the program to start (default: python -m isv_desktop in this checkout)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="isv-startup-"))
    try:
        (work / "home").mkdir()
        os.environ["ISV_DESKTOP_HOME"] = str(work / "home")  # preparing the files must not touch the user's folders
        small, large = work / "small.sqlite", work / "large.sqlite"
        built = time.perf_counter()
        counts = prepare_database(small, args.dossiers), prepare_database(large, args.large)
        built = time.perf_counter() - built
        print(f"startup: --smoke up to the painted dossier list on {counts[0]:,} and {counts[1]:,} dossiers "
              f"(built in {built:.0f} s, {large.stat().st_size / 2**20:.0f} MiB) vs a plain window; "
              f"{args.rounds} rounds, alternating, after {args.warmups} warm-ups; median (min–max)")
        starts = measure_starts(work, small, large, args.rounds, args.warmups, args.app)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if print_starts(starts) else 1


if __name__ == "__main__":
    sys.exit(main())
