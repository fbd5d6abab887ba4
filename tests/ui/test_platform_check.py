"""Without the X libraries Qt's xcb plugin needs, the program names the packages instead of aborting."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from isv_desktop.ui import platform_check

X_SESSION = {"DISPLAY": ":0"}


def test_xcb_is_checked_on_linux_unless_another_platform_is_asked_for():
    assert platform_check.uses_xcb({}, "linux")
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux")
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert not platform_check.uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not platform_check.uses_xcb({}, "win32")
    assert not platform_check.uses_xcb({}, "darwin")


def test_no_display_is_said_in_dutch_and_english():
    message = platform_check.problem({"QT_QPA_PLATFORM": "xcb"}, plugin=None)
    assert "Geen beeldscherm" in message and "No display" in message


def test_missing_libraries_are_named_with_their_packages_in_both_languages():
    absent = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "/some/libqxcb.so"}

    def load(name):
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")

    message = platform_check.problem(X_SESSION, load=load, plugin=Path("/some/libqxcb.so"))
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in message
    assert "mist systeembibliotheken" in message and "lacks system libraries" in message


def test_a_loadable_plugin_passes_and_other_failures_are_left_to_qt():
    assert platform_check.problem(X_SESSION, load=lambda name: None, plugin=Path("/p/libqxcb.so")) is None

    def only_the_plugin_fails(name):
        if name.endswith("libqxcb.so"):
            raise OSError("undefined symbol")

    assert platform_check.problem(X_SESSION, load=only_the_plugin_fails, plugin=Path("/p/libqxcb.so")) is None


# Always present on a glibc system, or part of the packages the table names.
BASE_SYSTEM = re.compile(
    r"^(linux-vdso|ld-linux|libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s"
    r"|libXau|libXdmcp|libbsd|libmd|libpcre2-8|libexpat|libpng16|libbrotli\w*|libzstd|libz|libsystemd"
    r"|libgcrypt|libgpg-error|liblzma|liblz4|libcap|libGLdispatch|libGLX|libgthread-2\.0|libffi|libuuid)\.so"
)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="Linux with ldd")
def test_the_table_names_every_library_the_xcb_plugin_needs():
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    needed = set()
    for line in output.splitlines():
        soname = line.strip().split(" ", 1)[0]
        if "=>" in line and "PySide6" not in line.split("=>", 1)[1] and not BASE_SYSTEM.match(soname):
            needed.add(soname)
    assert needed - set(platform_check.XCB_LIBRARIES) == set()


@pytest.mark.skipif(platform_check.xcb_plugin() is None, reason="PySide6 without the xcb plugin")
def test_the_program_names_the_package_instead_of_qts_abort(tmp_path):
    """A library that cannot load (here: a file that is no library, found first) stands for a missing one."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libxcb-cursor.so.0").write_bytes(b"not a library")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":987", LD_LIBRARY_PATH=str(tmp_path / "lib"),
               ISV_DESKTOP_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "isv_desktop", "--smoke", "--db", str(tmp_path / "d.sqlite")],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == platform_check.EXIT_NO_WINDOW, done.stderr
    assert "sudo apt-get install libxcb-cursor0" in done.stderr
    assert "Het venster kan niet openen" in done.stderr and "The window cannot open" in done.stderr


def test_the_readme_and_ci_install_every_package_the_check_names():
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    system_packages = re.search(r"SYSTEM_PACKAGES=\(([^)]*)\)", ci).group(1).split()
    for package in set(platform_check.XCB_LIBRARIES.values()):
        assert package in system_packages, f".ci/run lacks {package}"
        assert re.search(rf"(?<![\w.-]){re.escape(package)}(?![\w.-])", readme), f"README.md lacks {package}"
    assert {"xvfb", "xauth"} <= set(system_packages)
