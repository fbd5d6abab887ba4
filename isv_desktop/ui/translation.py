"""Loading the interface language. Dutch is the source language; English comes from a .qm file."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .. import paths

TRANSLATION_BASENAME = "isv_desktop"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for ``language`` ('nl' needs none); returns it to keep it alive."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.Ireland))
    if language == "nl":
        return None
    translator = QTranslator(app)
    folder = paths.resources_dir() / "translations"
    if not translator.load(f"{TRANSLATION_BASENAME}_{language}.qm", str(folder)):
        raise FileNotFoundError(folder / f"{TRANSLATION_BASENAME}_{language}.qm")
    app.installTranslator(translator)
    return translator
