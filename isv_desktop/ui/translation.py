"""Loading the interface language. Dutch is the source language; English comes from a .qm file."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

TRANSLATION_BASENAME = "isv_desktop"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for ``language``; returns it to keep it alive.

    The program's own texts are Dutch in the source, so Dutch needs no
    translator of ours; Qt's own texts (standard dialog buttons) get Qt's
    Dutch translation where the Qt installation has it.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.Ireland))
    if language == "nl":
        qt_texts = QTranslator(app)
        if qt_texts.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_texts)
            return qt_texts
        return None
    translator = QTranslator(app)
    folder = paths.resources_dir() / "translations"
    if not translator.load(f"{TRANSLATION_BASENAME}_{language}.qm", str(folder)):
        raise FileNotFoundError(folder / f"{TRANSLATION_BASENAME}_{language}.qm")
    app.installTranslator(translator)
    return translator
