"""Small file systems for fault tests: a tmpfs to fill (a full disk, root only), and a dossier file this
process cannot write — a read-only mount when the tests run as root (root ignores file modes), the file
and its folder without write permission otherwise."""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_file_system(folder: Path, size: str = "2m"):
    """A tmpfs of ``size`` mounted on ``folder`` (root only); skips the test where mounting is not allowed."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux (CI runs as root); this test does not run here")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def made_read_only(folder: Path):
    """Make ``folder`` (a fresh tmpfs from ``small_file_system`` as root) and what is in it read-only."""
    if os.geteuid() == 0:
        done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")
        yield folder
        return
    files = [p for p in folder.iterdir() if p.is_file()]
    for path in files:
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        for path in files:
            path.chmod(0o644)


@contextlib.contextmanager
def read_only_folder(tmp_path: Path, fill):
    """A folder with what ``fill(folder)`` put in it, then made read-only."""
    folder = tmp_path / "alleen-lezen"
    if os.geteuid() == 0:
        with small_file_system(folder) as mounted:
            fill(mounted)
            with made_read_only(mounted):
                yield mounted
    else:
        folder.mkdir()
        fill(folder)
        with made_read_only(folder):
            yield folder
