"""constraints.txt and pyproject.toml cannot drift apart silently.

pyproject.toml says which versions the app accepts; constraints.txt pins the
exact version `make` installs (pip install -c constraints.txt). Every
dependency pyproject names must be pinned for the running Python, inside the
range pyproject gives, and the pinned version must be the one installed.
"""
from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def _applies(requirement: Requirement) -> bool:
    return requirement.marker is None or requirement.marker.evaluate({"extra": ""})


def _declared() -> dict[str, list[Requirement]]:
    """pyproject's requirements for this Python, by group: runtime and each extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"runtime": project["dependencies"], **project["optional-dependencies"]}
    return {group: [r for r in map(Requirement, lines) if _applies(r)] for group, lines in groups.items()}


def _pins() -> dict[str, list[Requirement]]:
    """constraints.txt's lines for this Python, by canonical name."""
    pins: dict[str, list[Requirement]] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            if _applies(requirement):
                pins.setdefault(canonicalize_name(requirement.name), []).append(requirement)
    return pins


def _pinned_version(pin: Requirement) -> str:
    (specifier,) = pin.specifier
    assert specifier.operator == "==", f"constraints.txt: {pin} is not an exact pin"
    return specifier.version


def test_every_dependency_in_pyproject_is_pinned_once_within_its_range():
    pins = _pins()
    problems = []
    for group, requirements in _declared().items():
        for requirement in requirements:
            found = pins.get(canonicalize_name(requirement.name), [])
            if len(found) != 1:
                problems.append(f"{requirement.name} ({group}): {len(found)} pins for this Python, want 1")
                continue
            version = _pinned_version(found[0])
            if not requirement.specifier.contains(version, prereleases=True):
                problems.append(f"{requirement.name} ({group}): pin {version} outside {requirement.specifier}")
    assert not problems, "constraints.txt disagrees with pyproject.toml:\n" + "\n".join(problems)


def test_the_qt_packages_are_pinned_to_one_version():
    pins = _pins()
    versions = {name: _pinned_version(pins[name][0]) for name in ("pyside6-essentials", "shiboken6")}
    assert len(set(versions.values())) == 1, versions


def test_the_installed_versions_are_the_pinned_ones():
    pins = _pins()
    stale = []
    for requirements in _declared().values():
        for requirement in requirements:
            name = canonicalize_name(requirement.name)
            try:
                installed = metadata.version(name)
            except metadata.PackageNotFoundError:
                continue  # an extra that is not installed here (bundle)
            if name in pins and installed != _pinned_version(pins[name][0]):
                stale.append(f"{requirement.name} {installed} installed, {_pinned_version(pins[name][0])} pinned")
    assert not stale, (
        "the environment does not match constraints.txt; run "
        "`.venv/bin/pip install -c constraints.txt -e '.[test]'` (or make test):\n" + "\n".join(stale)
    )


def test_the_build_requirements_pin_qt_as_constraints_txt_does():
    """The wheel build compiles the forms with the PySide6 it installs: the one the app runs with."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    pins = _pins()
    problems = []
    for requirement in (r for r in map(Requirement, build) if _applies(r)):
        name = canonicalize_name(requirement.name)
        pinned = _pinned_version(pins[name][0])
        if not requirement.specifier.contains(pinned, prereleases=True):
            problems.append(f"{requirement} but constraints.txt pins {pins[name][0]}")
        if name == "pyside6-essentials" and [s.operator for s in requirement.specifier] != ["=="]:
            problems.append(f"{requirement}: not an exact pin")
    assert "pyside6-essentials" in {canonicalize_name(Requirement(r).name) for r in build}
    assert not problems, "\n".join(problems)
