"""paths.resources_dir() finds the shipped data in each of the three places the program runs from."""
from __future__ import annotations

import sys
from pathlib import Path

from isv_desktop import paths

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_the_resources_folder_beside_the_package():
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.resources_dir() / "knowledge" / "sources.csv").is_file()


def test_an_installed_wheel_reads_its_package_data(tmp_path, monkeypatch):
    """What setup.py's build step makes: isv_desktop/resources/ inside the installed package."""
    package = tmp_path / "site-packages" / "isv_desktop"
    (package / "resources" / "knowledge").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.resources_dir() == package / "resources"


def test_the_pyinstaller_bundle_reads_below_its_internal_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
