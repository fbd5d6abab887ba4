"""Requirements and pins for the Windows bundle, as pip would choose them on the target.

``pip download --platform win_amd64 --python-version 3.13`` evaluates environment
markers for the machine it runs on (Linux, this Python), so PySide6 would come at
the pin for the wrong Python and PyInstaller without its Windows-only dependencies.
This writes, for CPython X.Y on 64-bit Windows:

- ``requirements.txt``: pyproject's runtime dependencies and the ``bundle`` extra,
  plus what PyInstaller needs on Windows (pefile, pywin32-ctypes);
- ``constraints.txt``: constraints.txt's pins whose markers hold there.

    python packaging/windows/target_requirements.py 3.13 OUT_FOLDER
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
# PyInstaller's own Windows-only requirements (sys_platform == 'win32' in its metadata).
PYINSTALLER_ON_WINDOWS = ("pefile", "pywin32-ctypes")


def environment(python_version: str) -> dict[str, str]:
    return {
        "python_version": python_version,
        "python_full_version": f"{python_version}.0",
        "sys_platform": "win32",
        "platform_system": "Windows",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "extra": "",
    }


def holds(requirement: Requirement, env: dict[str, str]) -> bool:
    return requirement.marker is None or requirement.marker.evaluate(env)


def main(python_version: str, out: Path) -> int:
    env = environment(python_version)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["bundle"], *PYINSTALLER_ON_WINDOWS]
    requirements = []
    for requirement in map(Requirement, wanted):
        if holds(requirement, env):
            requirement.marker = None  # pip would evaluate it for this machine
            requirements.append(str(requirement))
    pins = []
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and holds(Requirement(line), env):
            requirement = Requirement(line)
            requirement.marker = None
            pins.append(str(requirement))
    pinned = {Requirement(pin).name.lower() for pin in pins}
    missing = [name for name in PYINSTALLER_ON_WINDOWS if name not in pinned]
    if missing:
        raise SystemExit(f"constraints.txt pins no version of {', '.join(missing)}")
    out.mkdir(parents=True, exist_ok=True)
    (out / "requirements.txt").write_text("\n".join(requirements) + "\n", encoding="utf-8")
    (out / "constraints.txt").write_text("\n".join(pins) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
