"""build.spec, checked without running PyInstaller.

The spec is executed with stand-ins for PyInstaller's ``Analysis``, ``PYZ``,
``EXE`` and ``COLLECT`` that record what they are given. The data it declares
is expanded the way PyInstaller expands ``(source, destination)`` pairs, and
every file below ``resources/`` and ``forms/`` must land at the same relative
path in the bundle, where ``paths.resources_dir()`` looks when frozen.
"""
from __future__ import annotations

import glob
import shutil
import sys
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"

# Every babel call the app makes names one of these; the bundle must hold their data.
APP_LOCALES = ("nl", "nl_NL", "en", "en_GB", "en_IE")


class Recorder:
    """Stands in for a PyInstaller build step: keeps its arguments."""

    calls: list[Recorder]

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.calls.append(self)


class FakeAnalysis(Recorder):
    calls: list[FakeAnalysis] = []
    hook_datas: list[tuple[str, str, str]] = []

    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        self.scripts_given = scripts
        # What PyInstaller's babel hook would collect: every locale file.
        self.datas = list(self.hook_datas)
        self.binaries, self.pure, self.scripts, self.zipfiles = [], [], [], []


class FakePYZ(Recorder):
    calls: list[FakePYZ] = []


class FakeEXE(Recorder):
    calls: list[FakeEXE] = []


class FakeCOLLECT(Recorder):
    calls: list[FakeCOLLECT] = []


class FakeBUNDLE(Recorder):
    calls: list[FakeBUNDLE] = []


def babel_locale_files() -> list[tuple[str, str, str]]:
    import babel

    folder = Path(babel.__file__).parent / "locale-data"
    return [(f"babel/locale-data/{path.name}", str(path), "DATA") for path in sorted(folder.glob("*.dat"))]


@pytest.fixture
def spec(tmp_path):
    """Run build.spec with the stand-ins; return its namespace."""
    return run_spec(tmp_path)


@pytest.fixture(params=["linux", "win32", "darwin"])
def spec_on(request, tmp_path, monkeypatch):
    """build.spec as PyInstaller runs it on each platform (it builds for the one it runs on)."""
    monkeypatch.setattr(sys, "platform", request.param)
    return request.param, run_spec(tmp_path)


def run_spec(tmp_path):
    for step in (FakeAnalysis, FakePYZ, FakeEXE, FakeCOLLECT, FakeBUNDLE):
        step.calls = []
    FakeAnalysis.hook_datas = babel_locale_files()
    namespace = {
        "__file__": str(SPEC),
        "__name__": "__main__",
        "SPEC": str(SPEC),
        "SPECPATH": str(ROOT),
        "specnm": "build",
        "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "build"),
        "HOMEPATH": str(tmp_path),
        "WARNFILE": str(tmp_path / "warn.txt"),
        "Analysis": FakeAnalysis,
        "PYZ": FakePYZ,
        "EXE": FakeEXE,
        "COLLECT": FakeCOLLECT,
        "BUNDLE": FakeBUNDLE,
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, namespace)
    return namespace


def bundled_files(datas) -> set[PurePosixPath]:
    """The files PyInstaller would place for ``(source, destination)`` data pairs."""
    placed = set()
    for source, destination in datas:
        source_path = Path(source)
        if not source_path.is_absolute():
            source_path = ROOT / source_path
        if source_path.is_dir():
            for path in source_path.rglob("*"):
                if path.is_file():
                    placed.add(PurePosixPath(destination, *path.relative_to(source_path).parts))
        else:
            for match in glob.glob(str(source_path)):
                placed.add(PurePosixPath(destination, Path(match).name))
    return placed


def shipped_files(folder: str) -> list[PurePosixPath]:
    base = ROOT / folder
    return [
        PurePosixPath(folder, *path.relative_to(base).parts)
        for path in sorted(base.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]


def test_spec_is_valid_python_and_builds_one_folder_named_isv_desktop(spec):
    assert len(FakeAnalysis.calls) == 1
    assert [call.kwargs["name"] for call in FakeEXE.calls] == ["isv-desktop", "isv-desktop-cli"]
    assert all(call.kwargs.get("exclude_binaries") is True for call in FakeEXE.calls), "one-folder bundle"
    assert len(FakeCOLLECT.calls) == 1 and FakeCOLLECT.calls[0].kwargs["name"] == "isv-desktop"
    assert FakeCOLLECT.calls[0].args[:2] == tuple(FakeEXE.calls), "both executables in the one folder"


def test_a_windowed_program_and_a_console_program_on_every_platform(spec_on):
    gui, cli = FakeEXE.calls
    assert gui.kwargs["console"] is False, "no console window behind the program"
    assert cli.kwargs["console"] is True, "the command line prints to its terminal"


def test_windows_executables_carry_the_icon_and_a_version_resource(spec_on):
    platform, _ = spec_on
    for call in FakeEXE.calls:
        icon, version = call.kwargs.get("icon"), call.kwargs.get("version")
        if platform != "win32":
            assert version is None
            assert icon is None if platform == "linux" else icon.endswith("isv-desktop.icns")
            continue
        assert icon.endswith("isv-desktop.ico") and Path(icon).is_file()
        info = version_resource(Path(version).read_text(encoding="utf-8"))
        strings = dict(info["StringFileInfo"])
        assert info["filevers"] == (0, 1, 0, 0) and strings["ProductVersion"] == "0.1.0"
        assert strings["ProductName"] == "ISV Desktop"
        assert strings["OriginalFilename"] == f"{call.kwargs['name']}.exe"


def test_macos_gets_an_app_with_its_info_plist(spec_on):
    platform, _ = spec_on
    if platform != "darwin":
        assert FakeBUNDLE.calls == []
        return
    (bundle,) = FakeBUNDLE.calls
    assert bundle.args == (FakeCOLLECT.calls[0],)
    assert bundle.kwargs["name"] == "ISV Desktop.app" and Path(bundle.kwargs["icon"]).is_file()
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == "0.1.0" and plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleLocalizations"] == ["nl", "en"]


def version_resource(text: str) -> dict:
    """Evaluate PyInstaller's VSVersionInfo text with stand-ins that keep what matters."""
    def fixed(**kwargs):
        return kwargs

    namespace = {
        "VSVersionInfo": lambda ffi, kids: {**ffi, **{kind: value for kind, value in kids}},
        "FixedFileInfo": fixed,
        "StringFileInfo": lambda tables: ("StringFileInfo", [pair for _, pairs in tables for pair in pairs]),
        "StringTable": lambda language, pairs: (language, pairs),
        "StringStruct": lambda key, value: (key, value),
        "VarFileInfo": lambda structs: ("VarFileInfo", structs),
        "VarStruct": lambda key, values: (key, values),
    }
    return eval(text, namespace)  # noqa: S307 - our own build file, as PyInstaller evaluates it


def test_entry_point_is_isv_desktop_main(spec):
    (script,) = FakeAnalysis.calls[0].scripts_given
    text = Path(script).read_text(encoding="utf-8")
    assert "from isv_desktop.__main__ import main" in text
    assert "sys.exit(main())" in text


def test_resources_and_forms_are_declared_as_data(spec):
    destinations = {destination for _, destination in FakeAnalysis.calls[0].kwargs["datas"]}
    assert any(PurePosixPath(d).parts[:1] == ("resources",) for d in destinations)
    assert any(PurePosixPath(d).parts[:1] == ("forms",) for d in destinations)


@pytest.mark.parametrize("folder", ["resources", "forms"])
def test_every_shipped_file_is_in_the_bundle(spec, folder):
    placed = bundled_files(FakeAnalysis.calls[0].kwargs["datas"])
    expected = shipped_files(folder)
    assert expected, f"{folder}/ is empty"
    missing = [str(path) for path in expected if path not in placed]
    assert not missing, f"build.spec leaves out: {missing}"


def test_every_top_level_entry_of_resources_is_in_the_bundle(spec):
    placed_tops = {path.parts[1] for path in bundled_files(FakeAnalysis.calls[0].kwargs["datas"])
                   if path.parts[0] == "resources" and len(path.parts) > 1}
    entries = [
        entry.name for entry in sorted((ROOT / "resources").iterdir())
        if entry.is_file() or any(p.is_file() for p in entry.rglob("*"))  # git keeps no empty folders
    ]
    assert entries
    missing = [name for name in entries if name not in placed_tops]
    assert not missing, f"resources/ entries missing from build.spec: {missing}"


def test_the_collected_data_keeps_the_app_locales_and_drops_the_rest(spec):
    collected = {dest for dest, _, _ in FakeCOLLECT.calls[0].args[-1]}
    kept = {PurePosixPath(d).stem for d in collected if d.startswith("babel/locale-data/")}
    assert {"root", *APP_LOCALES} <= kept
    assert "de" not in kept and "fr_FR" not in kept
    assert len(kept) < 20


def test_the_kept_locales_are_enough_for_the_app(spec, tmp_path, monkeypatch):
    """Format the way the app does, with babel reading only the locale files the bundle keeps."""
    from datetime import date
    from decimal import Decimal

    from babel import Locale, localedata
    from babel.dates import format_date
    from babel.numbers import format_currency, format_decimal, parse_decimal

    folder = tmp_path / "locale-data"
    folder.mkdir()
    for dest, src, _ in FakeCOLLECT.calls[0].args[-1]:
        if dest.startswith("babel/locale-data/"):
            shutil.copy(src, folder / Path(dest).name)
    monkeypatch.setattr(localedata, "_dirname", str(folder))
    monkeypatch.setattr(localedata, "_cache", {})
    localedata.locale_identifiers.cache_clear()
    try:
        assert not localedata.exists("de_DE"), "babel still reads its own folder"
        assert format_currency(Decimal("250000"), "EUR", locale="nl_NL") == "€\xa0250.000,00"
        assert format_currency(Decimal("250000"), "EUR", locale="en_IE") == "€250,000.00"
        assert format_date(date(2026, 3, 1), format="medium", locale="nl_NL") == "1 mrt 2026"
        assert format_date(date(2026, 3, 1), format="medium", locale="en_GB") == "1 Mar 2026"
        assert format_decimal(Decimal("1234.5"), locale="en_GB") == "1,234.5"
        assert parse_decimal("1.234,50", locale="nl_NL", strict=True) == Decimal("1234.50")
        assert Locale("nl").territories["DE"] == "Duitsland"
        assert Locale("en").territories["DE"] == "Germany"
    finally:
        localedata.locale_identifiers.cache_clear()


def test_qt_modules_kept_and_excluded(spec):
    analysis = FakeAnalysis.calls[0].kwargs
    for name in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"):
        assert f"PySide6.{name}" in analysis["hiddenimports"]
        assert f"PySide6.{name}" not in analysis["excludes"]
    for name in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia", "QtDesigner", "QtTest",
                 "QtCharts", "QtPdf"):  # the last two are PySide6-Addons, which the app no longer needs
        assert f"PySide6.{name}" not in analysis["hiddenimports"]
        assert f"PySide6.{name}" in analysis["excludes"]


def test_qt_plugin_and_translation_filters(spec):
    keep_binary, keep_data = spec["keep_binary"], spec["keep_data"]
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6\\plugins\\platforms\\qwindows.dll",
                 "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                 "PySide6/Qt/lib/libQt6Svg.so.6"):
        assert keep_binary(kept), kept
    for dropped in ("PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6\\plugins\\generic\\qtuiotouchplugin.dll"):
        assert not keep_binary(dropped), dropped
    assert keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert keep_data("PySide6/translations/qtbase_en.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_data("resources/translations/isv_desktop_en.qm")
