"""Update and compile the English translation (Dutch is the source language).

``pyside6-lupdate`` collects every ``tr()`` string from the package and the
forms into ``resources/translations/isv_desktop_en.ts`` (keeping what is
translated), then ``pyside6-lrelease`` compiles the ``.qm`` the program loads.
Untranslated strings stay marked "unfinished"; a test fails on any of them.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "isv_desktop_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def translatable_sources() -> list[Path]:
    package = ROOT / "isv_desktop"
    sources = [p for p in package.rglob("*.py") if "devtools" not in p.parts]
    return sorted(sources) + sorted((ROOT / "forms").glob("*.ui"))


def update_ts(ts_file: Path = TS_FILE) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in translatable_sources()]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "nl_NL",
         "-target-language", "en_GB", "-locations", "none", *sources, "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )


def compile_qm(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main() -> int:
    update_ts()
    compile_qm()
    print(f"updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
