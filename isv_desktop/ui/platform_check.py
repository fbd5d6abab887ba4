"""Before Qt opens the window on Linux: can it reach a screen through its xcb platform plugin?

Without a display, or without the X libraries the xcb plugin links against, Qt
aborts with its own English message (``could not load the Qt platform plugin
"xcb"``) and a core dump. This check runs first and says instead, in Dutch and
English, what is missing and which Debian/Ubuntu packages bring it.

It imports no Qt. The fast path loads the plugin library itself (Qt loads the
same file a moment later, so little is spent twice); only when that fails
does it try each library below to name every missing package at once.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What libqxcb.so (PySide6's xcb platform plugin) links against outside PySide6, by soname, with
# the Debian/Ubuntu package that ships it (`ldd .../platforms/libqxcb.so`, `dpkg -S`; libraries
# those packages pull in themselves are left out). tests/ui/test_platform_check.py compares it with ldd.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

EXIT_NO_WINDOW = 4

_NO_DISPLAY = (
    "Geen beeldscherm gevonden: DISPLAY is leeg. Start het programma in een grafische sessie, "
    "of op een server met een virtueel scherm: xvfb-run -a isv-desktop\n"
    "No display found: DISPLAY is empty. Start the program in a desktop session, "
    "or on a server with a virtual screen: xvfb-run -a isv-desktop"
)
_MISSING = (
    "Het venster kan niet openen: Qt's xcb-platform mist systeembibliotheken ({libraries}).\n"
    "Installeer ze (Debian/Ubuntu):\n"
    "    sudo apt-get install {packages}\n"
    "The window cannot open: Qt's xcb platform lacks system libraries ({libraries}).\n"
    "Install them (Debian/Ubuntu):\n"
    "    sudo apt-get install {packages}"
)


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt try the xcb plugin first? (Qt 6 prefers wayland in a Wayland session.)"""
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    wayland_session = environ.get("XDG_SESSION_TYPE") == "wayland" and bool(environ.get("WAYLAND_DISPLAY"))
    return not wayland_session


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_packages(load: Callable[[str], object] | None = None) -> dict[str, str]:
    """The libraries of XCB_LIBRARIES that cannot be loaded (by ``load``, default ctypes.CDLL), with their packages."""
    load = load or _load_library
    missing = {}
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing[soname] = package
    return missing


def problem(
    environ: Mapping[str, str] | None = None,
    load: Callable[[str], object] | None = None,
    plugin: Path | None | bool = True,
) -> str | None:
    """None when the window can open as far as this can tell, else the message (Dutch, then English).

    ``load`` loads a library or raises OSError (default ctypes.CDLL, imported only where xcb is tried).
    """
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return _NO_DISPLAY
    load = load or _load_library
    plugin = xcb_plugin() if plugin is True else plugin
    if plugin:
        try:
            load(str(plugin))
            return None
        except OSError:
            pass  # find out which of its libraries is missing
    missing = missing_packages(load)
    if not missing:
        return None  # the plugin failed for another reason: Qt will say which
    return _MISSING.format(libraries=", ".join(missing), packages=" ".join(dict.fromkeys(missing.values())))


def _load_library(name: str) -> object:
    import ctypes

    return ctypes.CDLL(name)
