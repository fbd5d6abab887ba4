"""Compile ``forms/*.ui`` into ``isv_desktop/ui/forms/*_ui.py`` with pyside6-uic.

The compiled modules are build output, not kept in git: ``make run``,
``make test`` and ``make bundle`` compile them whenever a ``.ui`` file is
newer. ``tests/ui/test_translations_and_forms.py`` fails when one is stale.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
TARGET = ROOT / "isv_desktop" / "ui" / "forms"


def uic_executable() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(ui_file: Path) -> str:
    """The Python code uic makes of ``ui_file``, without its version banner."""
    output = subprocess.run(
        [uic_executable(), "-g", "python", str(ui_file)],
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


def target_for(ui_file: Path) -> Path:
    return TARGET / f"{ui_file.stem}_ui.py"


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Compiled Qt Designer forms (see forms/)."""\n', encoding="utf-8")
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
