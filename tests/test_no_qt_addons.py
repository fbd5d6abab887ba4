"""The program needs PySide6-Essentials only: no module imports QtCharts or another PySide6-Addons module.

PySide6-Addons (QtCharts, QtPdf, WebEngine, 3D, Multimedia …) is a ~160 MB download and ~440 MB
installed; the two charts are drawn with QPainter and QtSvg instead. The suite runs without Addons
installed, so an import of one would fail there too — these tests say why, and catch lazy imports.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "isv_desktop"
# The binding modules PySide6-Essentials 6.11 ships; everything else below PySide6 comes from Addons.
ESSENTIALS = {
    "QtConcurrent", "QtCore", "QtDBus", "QtDesigner", "QtGui", "QtHelp", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtUiTools", "QtWidgets", "QtXml",
}


def qt_modules_named(path: Path) -> set[str]:
    """The ``PySide6.X`` modules a source file imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("PySide6."):
            modules = [node.value]  # importlib.import_module("PySide6.…")
        names |= {m.split(".")[1] for m in modules if m.startswith("PySide6.") and m.split(".")[1].startswith("Qt")}
    return names


def test_no_module_of_the_program_imports_an_addons_module():
    offenders = {
        str(path.relative_to(ROOT)): sorted(qt_modules_named(path) - ESSENTIALS)
        for path in PACKAGE.rglob("*.py")
        if qt_modules_named(path) - ESSENTIALS
    }
    assert offenders == {}


def test_the_check_finds_a_qtcharts_import(tmp_path):
    sample = tmp_path / "chart.py"
    sample.write_text("def f():\n    from PySide6.QtCharts import QChart\n    from PySide6 import QtPdf\n")
    assert qt_modules_named(sample) - ESSENTIALS == {"QtCharts", "QtPdf"}


def test_importing_every_module_loads_no_addons_module():
    script = (
        "import importlib, pkgutil, sys\n"
        "import isv_desktop\n"
        "for m in pkgutil.walk_packages(isv_desktop.__path__, 'isv_desktop.'):\n"
        "    if '.devtools' not in m.name and not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print(' '.join(sorted({n.split('.')[1] for n in sys.modules if n.startswith('PySide6.Qt')})))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= loaded
    assert loaded <= ESSENTIALS


def test_the_dependencies_name_no_addons():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = project["project"]["dependencies"] + [
        r for extra in project["project"].get("optional-dependencies", {}).values() for r in extra]
    assert not [r for r in requirements if r.lower().startswith("pyside6-addons")]
    pins = [line for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
            if line.lower().startswith("pyside6-addons")]
    assert pins == []
