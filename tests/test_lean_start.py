"""What the start does before the first window is painted (issue 15; timed by benchmarks/startup.py).

Structural guards, not timings: the libraries for files and later steps stay
unloaded at start, also when the due list has days to show, and the smoke
start ends where the benchmark times it, at the painted dossier list.
"""
import os
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

from isv_desktop.domain.day_format import day_pattern, format_day

# Loaded on first use only: file formats, PDF preview, dates in words, the steps and dialogs.
LATER = ("babel", "reportlab", "openpyxl", "pikepdf", "docx", "pypdfium2", "sqlite_utils", "defusedxml",
         "isv_desktop.export", "isv_desktop.knowledge.loader", "isv_desktop.ui.dossier_view", "isv_desktop.ui.steps",
         "isv_desktop.ui.settings_dialog", "isv_desktop.ui.export_dialog", "isv_desktop.ui.report_dialog",
         "isv_desktop.ui.signals_dialog", "isv_desktop.ui.organisation_dialog")
# Not before the first paint either: File > back-up / move, the xcb library check (offscreen here), an earlier
# version's preferences file (there is none here), the user's own folders (platformdirs: the file is named here, as
# the last file opened is at a start). The smoke check after the paint reads JSON reference data.
AFTER_THE_PAINT = LATER + ("isv_desktop.ui.data_location", "isv_desktop.services.data_location", "ctypes", "json",
                           "platformdirs")


def run_python(code: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISV_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          timeout=120)


def sample_file(folder: Path) -> Path:
    """A dossier file with the demo's samples (they have due items), made through the services."""
    from isv_desktop.services.demo import fill_with_samples
    from isv_desktop.services.session import open_session

    path = folder / "dossiers.sqlite"
    session = open_session(path)
    try:
        fill_with_samples(session)
    finally:
        session.close()
    return path


def loaded_later_modules(names: str, later_ones: tuple[str, ...] = LATER) -> list[str]:
    loaded = set(names.split())
    return sorted(name for name in loaded if any(name == later or name.startswith(later + ".") for later in later_ones))


def test_importing_the_main_window_loads_no_file_libraries(tmp_path):
    result = run_python(
        """
        import sys
        import isv_desktop.ui.application, isv_desktop.ui.main_window
        print("\\n".join(sorted(sys.modules)))
        """,
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    assert "isv_desktop.ui.main_window" in result.stdout.split()
    assert loaded_later_modules(result.stdout) == []


def test_the_smoke_start_paints_the_list_with_due_days_and_loads_nothing_for_later(tmp_path):
    """The samples have due items: the due list writes their days while the window is painted, without babel."""
    from isv_desktop.services.session import open_session

    path = sample_file(tmp_path)
    session = open_session(path)
    try:
        assert session.due.counts(30).late + session.due.counts(30).soon > 0
    finally:
        session.close()
    result = run_python(
        f"""
        import sys
        from isv_desktop.ui import first_paint
        painting = first_paint.process_until_painted
        at_paint = []

        def painted(widget):
            done = painting(widget)
            at_paint.extend(sorted(sys.modules))
            return done

        first_paint.process_until_painted = painted
        from isv_desktop.cli import main
        assert main(["--smoke", "--db", {str(path)!r}]) == 0
        print("\\n".join(at_paint))
        print("-- after the paint --")
        print("\\n".join(sorted(sys.modules)))
        """,
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    from isv_desktop.ui.first_paint import PAINTED_LINE

    assert result.stdout.splitlines()[0] == PAINTED_LINE  # where benchmarks/startup.py stops the clock
    at_paint, at_exit = result.stdout.split("-- after the paint --")
    assert "isv_desktop.ui.main_window" in at_paint.split()
    assert loaded_later_modules(at_paint, AFTER_THE_PAINT) == []
    assert loaded_later_modules(at_exit) == []


def test_the_short_day_is_written_as_babel_writes_its_pattern():
    from babel.dates import format_date

    days = [date(1, 1, 1), date(999, 12, 31), date(2024, 2, 29), date(9999, 12, 31)]
    days += [date(2020, 1, 1) + timedelta(days=step * 17) for step in range(300)]
    for language, locale in (("nl", "nl_NL"), ("en", "en_GB")):
        for day in days:
            assert format_day(day, language) == format_date(day, format=day_pattern(language), locale=locale)


# Modules imported after PySide6 have their source read by its __feature__ switch; measured 25 (issue 15; 71 when
# the Qt-free modules came after it): the window's own modules and PySide6's.
MOST_AFTER_PYSIDE = 30


def test_the_window_start_imports_its_qt_free_modules_before_pyside_and_reads_the_due_list_after_the_paint(tmp_path):
    """Also the wheel guard, an event filter on the whole application, is installed after the paint."""
    path = sample_file(tmp_path)
    result = run_python(
        f"""
        import sys
        at_paint, reads = [], []

        class Out:  # notes the modules loaded when the painted line is written (benchmarks/startup.py's end point)
            def __init__(self, out):
                self.out = out
            def write(self, text):
                if "first page painted" in text and not at_paint:
                    at_paint.extend(sys.modules)
                    guarded.append(guard_installed())
                return self.out.write(text)
            def flush(self):
                self.out.flush()

        guarded = []

        def guard_installed():
            from PySide6.QtWidgets import QApplication
            from isv_desktop.ui.wheel_guard import FILTER_NAME, WheelGuard
            return QApplication.instance().findChild(WheelGuard, FILTER_NAME) is not None

        sys.stdout = Out(sys.stdout)
        import isv_desktop.ui.before_qt
        assert "PySide6" not in sys.modules
        from isv_desktop.services.due import DueService
        for name in ("page", "counts"):
            def reading(*args, _read=getattr(DueService, name), _name=name, **kwargs):
                reads.append((_name, bool(at_paint)))
                return _read(*args, **kwargs)
            setattr(DueService, name, reading)
        from isv_desktop.cli import main
        assert main(["--smoke", "--db", {str(path)!r}]) == 0
        for _ in range(5):  # the due list is read in the event loop's next turn after the paint
            from PySide6.QtWidgets import QApplication
            QApplication.processEvents()
        guarded.append(guard_installed())
        sys.stdout = sys.stdout.out
        after = at_paint[at_paint.index("PySide6"):]
        print("after:", " ".join(after))
        print("guard:", " ".join(map(str, guarded)))
        print("reads:", " ".join(f"{{name}}={{painted}}" for name, painted in reads))
        """,
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines()
                 if line.startswith(("after:", "reads:", "guard:")))
    assert lines["guard"].split() == ["False", "True"]  # the wheel guard, which sees every event, comes after the paint
    after = lines["after"].split()
    assert [name for name in after if name.startswith(("isv_desktop.domain", "isv_desktop.storage",
                                                        "isv_desktop.services", "isv_desktop.paths"))] == []
    assert len(after) <= MOST_AFTER_PYSIDE, after
    reads = lines["reads"].split()
    assert reads and all(read.endswith("=True") for read in reads), reads  # none before the first paint


def test_the_start_does_not_build_the_qt_namespace_before_the_list_is_painted(tmp_path):
    """PySide6 builds the ``Qt`` namespace's 93 enum classes on first use, some 17 ms (isv_desktop/ui/lean_qt.py)."""
    path = sample_file(tmp_path)
    result = run_python(
        f"""
        import enum, sys
        made = []
        creating = enum.EnumType._create_

        def noting(cls, class_name, *args, **kwargs):
            made.append(class_name)
            return creating(cls, class_name, *args, **kwargs)

        enum.EnumType._create_ = noting
        at_paint = []

        class Out:
            def __init__(self, out):
                self.out = out
            def write(self, text):
                if "first page painted" in text and not at_paint:
                    at_paint.extend(made)
                return self.out.write(text)
            def flush(self):
                self.out.flush()

        sys.stdout = Out(sys.stdout)
        from isv_desktop.cli import main
        assert main(["--smoke", "--db", {str(path)!r}]) == 0
        sys.stdout = sys.stdout.out
        print("at paint:", " ".join(at_paint))
        print("at exit:", " ".join(made))
        """,
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if line.startswith(("at paint:", "at exit:")))
    qt_namespace = {"GlobalColor", "ItemDataRole", "Orientation", "SortOrder", "AlignmentFlag", "Key"}
    assert qt_namespace & set(lines["at paint"].split()) == set()
    assert qt_namespace <= set(lines["at exit"].split())  # the check sees the namespace when it is built
