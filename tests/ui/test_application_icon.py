"""The window carries the application icon from its first frame."""
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from isv_desktop import paths
from isv_desktop.ui import application


def test_start_up_sets_the_icon_in_every_rendered_size(qapp, tmp_path):
    assert application.run_application(tmp_path / "d.sqlite", "nl", smoke=True) == 0
    sizes = set(QApplication.instance().windowIcon().availableSizes())
    assert {QSize(16, 16), QSize(32, 32), QSize(48, 48), QSize(256, 256)} <= sizes


def test_the_renders_are_there_for_every_platform():
    icons = paths.resources_dir() / "icons"
    for name in ("isv-desktop.svg", "isv-desktop.png", "isv-desktop.ico", "isv-desktop.icns"):
        assert (icons / name).stat().st_size > 0, name
    assert (icons / "isv-desktop.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header
    assert (icons / "isv-desktop.icns").read_bytes()[:4] == b"icns"


def test_each_icon_file_has_the_size_the_start_names_for_it():
    """The start names each render's size (Qt then reads a file only when that size is drawn): they must agree."""
    from PySide6.QtGui import QImageReader

    for name, pixels in application.ICON_FILES:
        assert QImageReader(str(paths.resources_dir() / "icons" / name)).size() == QSize(pixels, pixels), name
