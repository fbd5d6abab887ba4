"""Architecture and environment guards: layers point down, nothing reaches for the network."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "isv_desktop"


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISV_DESKTOP_HOME": str(tmp_path / "home")}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=120)


def test_importing_the_services_does_not_load_pyside6(tmp_path):
    services = sorted(p.stem for p in (PACKAGE / "services").glob("*.py") if p.stem != "__init__")
    result = run_python(
        f"""
        import importlib, sys
        for name in {services!r}:
            importlib.import_module("isv_desktop.services." + name)
        import isv_desktop.cli
        loaded = sorted(m for m in sys.modules if m.startswith("PySide6"))
        assert not loaded, loaded
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_the_home_screen_starts_without_what_only_later_steps_need(tmp_path):
    """Start-up time is measured (benchmarks/startup.py); these are the libraries and steps it was spent on."""
    from isv_desktop.services.session import open_session

    open_session(tmp_path / "dossiers.sqlite").close()  # an existing file: nothing to migrate at the start
    result = run_python(
        f"""
        import sys
        from isv_desktop.ui.application import run_application
        assert run_application({str(tmp_path / "dossiers.sqlite")!r}, "nl", smoke=True) == 0
        print("\\n".join(sorted(sys.modules)))
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "isv_desktop.ui.main_window" in loaded and "isv_desktop.knowledge.thresholds" in loaded
    for later in ("babel", "reportlab", "openpyxl", "sqlite_utils", "defusedxml", "isv_desktop.ui.dossier_view",
                  "isv_desktop.domain.suppliers", "isv_desktop.domain.monitoring", "isv_desktop.domain.risk",
                  "isv_desktop.ui.database_problem_dialog", "PySide6.QtCharts", "pypdfium2"):
        assert later not in loaded, later


def imported_modules(path: Path) -> list[str]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    package = list(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.strip().split()
        if len(words) < 2 or words[0] not in ("import", "from"):
            continue
        module = words[1]
        if module.startswith("."):
            dots = len(module) - len(module.lstrip("."))
            base = package[: len(package) - (dots - 1)]
            module = ".".join(base + ([module.lstrip(".")] if module.lstrip(".") else []))
        names.append(module)
    return names


@pytest.mark.parametrize("layer", ["domain", "knowledge", "storage", "export", "services"])
def test_lower_layers_never_import_upwards(layer):
    upper = {
        "domain": ("knowledge", "storage", "export", "services", "ui", "cli"),
        "knowledge": ("storage", "export", "services", "ui", "cli"),
        "storage": ("export", "services", "ui", "cli"),
        "export": ("storage", "services", "ui", "cli"),
        "services": ("ui", "cli"),
    }[layer]
    forbidden = ["PySide6"] + [f"isv_desktop.{name}" for name in upper]
    if layer != "storage":
        forbidden.append("sqlite_utils")
    if layer == "domain":
        forbidden.append("sqlite3")
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in (PACKAGE / layer).rglob("*.py")
        for module in imported_modules(path)
        if any(module == name or module.startswith(name + ".") for name in forbidden)
    ]
    assert offenders == []


def test_only_storage_imports_sqlite_utils():
    offenders = [
        str(p.relative_to(ROOT))
        for p in PACKAGE.rglob("*.py")
        if "sqlite_utils" in p.read_text(encoding="utf-8") and "storage" not in p.parts
    ]
    assert offenders == []


NO_NETWORK = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network use is not allowed in this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_smoke_start_works_without_any_network(tmp_path):
    result = run_python(
        NO_NETWORK
        + f"""
import sys
from isv_desktop.cli import main
sys.exit(main(["--smoke", "--db", {str(tmp_path / "d.sqlite")!r}]))
""",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_a_gui_session_works_without_any_network(tmp_path):
    result = run_python(
        NO_NETWORK
        + f"""
from pathlib import Path
from PySide6.QtWidgets import QApplication
from isv_desktop.ui.program_settings import program_preferences
from isv_desktop.services.session import open_session
from isv_desktop.ui.main_window import MainWindow
app = QApplication([])
session = open_session(Path({str(tmp_path / "d.sqlite")!r}))
window = MainWindow(session, program_preferences(), "nl")
window.show()
window.new_dossier()
page = window.dossier_view.pages[0]
page.form.valueEdit.setText("250.000")
page.flush()
window.show_list()
window.open_settings = None
assert session.dossiers.all()[0].estimated_value == 250000
window.close()
session.close()
""",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
