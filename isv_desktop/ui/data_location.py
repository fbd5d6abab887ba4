"""File menu: "Back-up maken naar…" and "Dossierbestand verplaatsen…" (the data-location setting).

Moving copies the dossier file to the chosen folder (or, where one of the
same name is there already, opens that one), asks first, stores the place in
the preferences and lets the program start again on that file: the window
closes with ``next_database`` set and ``run_application`` opens it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain.messages import UserError
from ..services.data_location import back_up_to_folder, copy_to_new_location, file_in_folder


class DataLocation(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window

    def _folder(self, title: str, start: Path) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self._window, title, str(start))
        return Path(folder) if folder else None

    def _ask(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("dataLocationQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self._window, self.tr("Niet gelukt"), error.message(self._window.language))

    def back_up(self) -> Path | None:
        window = self._window
        database = window.session.database.path
        folder = self._folder(self.tr("Back-up maken naar map"), database.parent)
        if folder is None:
            return None
        if window.dossier_view is not None:
            window.dossier_view.flush()
        try:
            copy = back_up_to_folder(database, folder, window.session.today())
        except UserError as error:
            self._warn(error)
            return None
        window.statusBar().showMessage(self.tr("Back-up gemaakt: {path}").format(path=copy), 10000)
        return copy

    def move(self) -> Path | None:
        """Ask for a folder; copy the file there (or use the one there) and start again on it."""
        window = self._window
        database = window.session.database.path
        folder = self._folder(self.tr("Nieuwe map voor het dossierbestand"), database.parent)
        if folder is None or file_in_folder(database, folder) == database:
            return None
        target = file_in_folder(database, folder)
        if target.exists():
            if not self._ask(self.tr("Dossierbestand openen"), self.tr(
                    "In {folder} staat al een dossierbestand. Voortaan dat bestand openen? Het huidige bestand "
                    "blijft ongewijzigd staan in {old}.").format(folder=folder, old=database.parent),
                    self.tr("Dat bestand openen")):
                return None
        else:
            if not self._ask(self.tr("Dossierbestand verplaatsen"), self.tr(
                    "Het dossierbestand naar {folder} kopiëren en voortaan daar openen? Het huidige bestand blijft "
                    "als reservekopie ongewijzigd staan in {old}.").format(folder=folder, old=database.parent),
                    self.tr("Kopiëren en daar openen")):
                return None
            if window.dossier_view is not None:
                window.dossier_view.flush()
            try:
                target = copy_to_new_location(database, folder)
            except UserError as error:
                self._warn(error)
                return None
        from dataclasses import replace

        try:
            window.preferences.save(replace(window.preferences.load(), last_database=str(target)))
        except UserError as error:
            self._warn(error)
            return None
        window.next_database = target
        window.close()  # run_application opens the new file
        return target


__all__ = ["DataLocation"]
