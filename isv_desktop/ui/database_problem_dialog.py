"""When the dossier file cannot be opened: say why, and offer another file or the latest backup."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.messages import UserError
from ..services.session import DamagedDatabaseError, list_backups


class ProblemChoice(Enum):
    OTHER_FILE = "other_file"
    RESTORE_BACKUP = "restore_backup"
    QUIT = "quit"


def ask_what_to_do(error: UserError, path: Path, language: str, parent: QWidget | None = None) -> tuple[ProblemChoice, Path | None]:
    box = QMessageBox(parent)
    box.setObjectName("databaseProblemBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblemDialog", "Dossierbestand kan niet worden geopend"))
    box.setText(error.message(language))
    other = box.addButton(QCoreApplication.translate("DatabaseProblemDialog", "Ander bestand kiezen…"), QMessageBox.ButtonRole.AcceptRole)
    restore = None
    if isinstance(error, DamagedDatabaseError) and list_backups(path):  # a file that only could not be opened stays
        restore = box.addButton(QCoreApplication.translate("DatabaseProblemDialog", "Laatste reservekopie terugzetten"), QMessageBox.ButtonRole.ActionRole)
        box.setInformativeText(
            QCoreApplication.translate("DatabaseProblemDialog", "Bij terugzetten blijft het beschadigde bestand bewaard onder een andere naam.")
        )
    box.addButton(QCoreApplication.translate("DatabaseProblemDialog", "Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DatabaseProblemDialog", "Dossierbestand kiezen of aanmaken"),
            str(path.parent),
            QCoreApplication.translate("DatabaseProblemDialog", "ISV-dossierbestand (*.sqlite *.db);;Alle bestanden (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return (ProblemChoice.OTHER_FILE, Path(chosen)) if chosen else (ProblemChoice.QUIT, None)
    if restore is not None and clicked is restore:
        return ProblemChoice.RESTORE_BACKUP, path
    return ProblemChoice.QUIT, None


def offer_local_copy(path: Path, language: str, parent: QWidget | None = None) -> bool:
    """The file is on a network share: offer to work on a copy on this computer (True) or read it there."""
    box = QMessageBox(parent)
    box.setObjectName("networkShareBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblemDialog", "Dossierbestand op een netwerkschijf"))
    box.setText(QCoreApplication.translate(
        "DatabaseProblemDialog",
        "{path} staat op een netwerkschijf. Daar kan ISV Desktop het bestand alleen lezen: bij schrijven over het "
        "netwerk kan werk van twee computers verloren gaan.").format(path=path))
    box.setInformativeText(QCoreApplication.translate(
        "DatabaseProblemDialog",
        "Kopieer het naar deze computer om verder te werken. Deel dossiers met collega's via Exporteren."))
    copy = box.addButton(QCoreApplication.translate("DatabaseProblemDialog", "Kopiëren naar deze computer"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DatabaseProblemDialog", "Alleen lezen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.exec()
    return box.clickedButton() is copy
