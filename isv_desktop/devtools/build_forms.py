"""Compile ``forms/*.ui`` into ``isv_desktop/ui/forms/*_ui.py`` with pyside6-uic.

Two callers: ``make forms`` (``python -m isv_desktop.devtools.build_forms``)
compiles them into the checkout, whenever a ``.ui`` file is newer;
``setup.py``'s build step compiles them into the wheel, so an installed
package carries its forms. The compiled modules are build output, not kept in
git. ``tests/ui/test_translations_and_forms.py`` fails when one is stale.

This module uses only the standard library: the wheel build loads it by file
path, before the package can be imported.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
TARGET = ROOT / "isv_desktop" / "ui" / "forms"

# pyside6-uic is a console script that runs this; calling it through the running Python finds the
# uic of the PySide6 that Python imports (the venv's, or the wheel build's own build environment).
_RUN_UIC = (
    "import sys\n"
    "from PySide6.scripts.pyside_tool import uic\n"
    "sys.argv[0] = 'pyside6-uic'\n"
    "sys.exit(uic())\n"
)


def uic_command() -> list[str]:
    return [sys.executable, "-c", _RUN_UIC]


def compile_form(ui_file: Path) -> str:
    """The Python code uic makes of ``ui_file``, without its version banner."""
    output = subprocess.run(
        [*uic_command(), str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return strip_banner(output)


def strip_banner(code: str) -> str:
    """Drop uic's comment header (it names the Qt version, which varies by machine)."""
    lines = code.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.\n" + "\n".join(lines) + "\n"


def target_for(ui_file: Path, target: Path = TARGET) -> Path:
    return target / f"{ui_file.stem}_ui.py"


def compile_all(forms: Path = FORMS, target: Path = TARGET) -> list[Path]:
    """Compile every ``forms/*.ui`` into ``target``; return the files written."""
    ui_files = sorted(forms.glob("*.ui"))
    if not ui_files:
        raise FileNotFoundError(f"no Designer forms in {forms}")
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text('"""Compiled Qt Designer forms (see forms/)."""\n', encoding="utf-8")
    written = []
    for ui_file in ui_files:
        target_for(ui_file, target).write_text(compile_form(ui_file), encoding="utf-8")
        written.append(target_for(ui_file, target))
    return written


def main() -> int:
    for path in compile_all():
        print(f"forms/{path.stem.removesuffix('_ui')}.ui -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
