"""The self-assessment questionnaire of step 4: export it for a supplier, read the returned file back
(button or drag and drop) after the buyer saw what will be stored, and show its scores."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ...domain.messages import UserError
from ...domain.suppliers import Supplier
from ...file_names import safe_file_stem
from ...services.questionnaires import ImportPreview, QuestionnaireService
from ..narrowing import stored_id
from ..palette_colours import ERROR, text_colour, text_style
from .suppliers_labels import date_text
from .suppliers_scores import ScoreView
from .suppliers_widgets import fill_table, select_key, selected_key, set_up_table

if TYPE_CHECKING:
    from ...domain.questionnaire import QuestionnaireRecord

DUTCH_SPEAKING = frozenset({"", "NL", "BE", "SR", "AW", "CW", "SX"})
VERSION, SENT, DUE, RETURNED, OVERALL, ATTENTION = range(6)


class QuestionnaireSection(QObject):
    """Drives the "Vragenlijst" tab. ``stored`` tells that a questionnaire was sent or read in, and for whom."""

    stored = Signal(int)  # the supplier id

    def __init__(self, questionnaires: QuestionnaireService, form, language: str, window: QWidget) -> None:
        super().__init__(window)
        self._questionnaires = questionnaires
        self._form = form
        self._language = language
        self._window = window
        self._dossier_id: int | None = None
        self._supplier: Supplier | None = None
        self._records: list[QuestionnaireRecord] = []
        self._folder: Path | None = None
        self.scores = ScoreView(form, language, self)
        f = form
        f.questionnaireLanguageCombo.addItem(self.tr("Nederlands"), "nl")
        f.questionnaireLanguageCombo.addItem(self.tr("Engels"), "en")
        set_up_table(f.questionnairesTable, ATTENTION)
        f.questionnairesTable.setAccessibleName(self.tr("Verstuurde en ontvangen vragenlijsten"))
        f.exportButton.clicked.connect(self.export)
        f.importButton.clicked.connect(self.import_from_dialog)
        f.questionnairesTable.itemSelectionChanged.connect(self._show_selected_scores)

    # -- showing -------------------------------------------------------------------
    def show(self, dossier_id: int, supplier: Supplier | None, overdue: set[int]) -> None:
        f = self._form
        changed_supplier = self._supplier is None or supplier is None or supplier.id != self._supplier.id
        self._dossier_id = dossier_id
        self._supplier = supplier
        f.exportButton.setEnabled(supplier is not None)
        if changed_supplier:
            self._say("")
        if supplier is None:
            f.questionnaireTitle.setText(self.tr("Kies een leverancier in de lijst."))
            self._records = []
            fill_table(f.questionnairesTable, [])
            self.scores.show(None)
            return
        if changed_supplier:
            language = "nl" if supplier.country in DUTCH_SPEAKING else "en"
            f.questionnaireLanguageCombo.setCurrentIndex(f.questionnaireLanguageCombo.findData(language))
        f.questionnaireTitle.setText(self.tr(
            "Zelfevaluatie van {name}: vragen over de thema's die de risicoscan hoog of middelhoog vond, en over "
            "wat de gekozen criteria vragen op te leveren.").format(name=supplier.name))
        self._records = self._questionnaires.for_supplier(stored_id(supplier.id))
        rows: list[tuple[object, list[str]]] = []
        colours = {}
        for row, record in enumerate(reversed(self._records)):
            score = self._questionnaires.score_of(record)
            late = record.id in overdue
            if late:
                colours[row] = text_colour(ERROR)
            rows.append((record.id, [
                str(record.questionnaire.version),
                date_text(record.sent_on, self._language),
                date_text(record.due_on, self._language),
                date_text(record.returned_on, self._language),
                "" if score is None or score.overall is None else str(score.overall),
                self.tr("te laat: niet terug") if late else ("" if record.returned_on else self.tr("nog niet terug")),
            ]))
        table = f.questionnairesTable
        fill_table(table, rows, colours)
        if selected_key(table) is None and self._records:
            returned = [r for r in self._records if r.answers is not None]
            select_key(table, (returned or self._records)[-1].id)
        self._show_selected_scores()

    def show_record(self, record_id: int) -> None:
        select_key(self._form.questionnairesTable, record_id)
        self._show_selected_scores()

    def _show_selected_scores(self) -> None:
        record_id = selected_key(self._form.questionnairesTable)
        record = next((r for r in self._records if r.id == record_id), None)
        if record is None:
            self.scores.show(None)
            return
        self.scores.show(self._questionnaires.score_of(record), record.questionnaire.question_ids, record.returned_on)

    # -- export -----------------------------------------------------------------------
    def default_file_name(self) -> str:
        prefix = self.tr("Vragenlijst ISV")
        stem = safe_file_stem(self._supplier.name) if self._supplier else ""
        return f"{prefix} {stem}.xlsx" if stem else f"{prefix}.xlsx"

    def export(self) -> None:
        supplier = self._supplier
        if supplier is None or self._dossier_id is None:
            return
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Vragenlijst opslaan"), str(folder / self.default_file_name()),
            self.tr("Excel-werkmappen (*.xlsx)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        language = self._form.questionnaireLanguageCombo.currentData()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            record = self._questionnaires.export(self._dossier_id, stored_id(supplier.id), target, language)
        except UserError as error:
            self._say(error.message(self._language), error=True)
            return
        except ValueError:  # the questionnaire would have no questions
            self._say(self.tr(
                "Er zijn nog geen vragen voor deze vragenlijst: de risicoscan (stap 2) heeft geen thema met een hoog "
                "of middelhoog risico en in stap 3 is geen criterium gekozen dat iets laat opleveren."), error=True)
            return
        except OSError as error:
            self._say(self.tr("De vragenlijst kon niet worden opgeslagen: {reason}").format(
                reason=error.strerror or error), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._folder = target.parent
        self.stored.emit(supplier.id)
        self.show_record(record.id)
        self._say(self.tr(
            "Versie {version} verstuurd op {sent}; uiterlijk terug op {due}. Opgeslagen als {path}. Stuur dit "
            "bestand naar de leverancier.").format(
            version=record.questionnaire.version, sent=date_text(record.sent_on, self._language),
            due=date_text(record.due_on, self._language), path=target))

    # -- import ------------------------------------------------------------------------
    def import_from_dialog(self) -> None:
        if self._dossier_id is None:
            return
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Ingevulde vragenlijst inlezen"), str(folder),
            self.tr("Excel-werkmappen (*.xlsx);;Alle bestanden (*)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        """Check ``path``, show what it holds, store it once the buyer agrees; a refused file changes nothing."""
        if self._dossier_id is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self._questionnaires.preview_import(path)
        except UserError as error:
            return self._refuse(path, error.message(self._language))
        except OSError as error:
            return self._refuse(path, self.tr("Het bestand kan niet worden gelezen: {reason}").format(
                reason=error.strerror or error))
        finally:
            QApplication.restoreOverrideCursor()
        found = preview.record.questionnaire.dossier_id
        if found != self._dossier_id:
            return self._refuse(path, self.tr(
                "Deze vragenlijst hoort bij een ander dossier (nummer {found}). Open dat dossier om hem in te "
                "lezen.").format(found=found))
        if not self._confirm(preview):
            self._say(self.tr("Niet ingelezen; er is niets veranderd."))
            return False
        try:
            record = self._questionnaires.store_import(preview, replace=preview.replaces_earlier_answers)
        except UserError as error:
            if error.message_id != "questionnaire.already_imported" or not self._ask_replace(error):
                self._say(self.tr("Niet ingelezen; er is niets veranderd."))
                return False
            record = self._questionnaires.store_import(preview, replace=True)
        self.stored.emit(record.questionnaire.supplier_id)
        self.show_record(record.id)
        self._say(self.tr("Ingelezen: vragenlijst van {name} (versie {version}), ontvangen op {date}.").format(
            name=preview.supplier_name, version=record.questionnaire.version,
            date=date_text(record.returned_on, self._language)))
        return True

    def _confirm(self, preview: ImportPreview) -> bool:
        question, summary, details = self.scores.preview_texts(preview)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Vragenlijst inlezen"), question,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("confirmImportBox")
        box.setInformativeText(summary)
        if details:
            box.setDetailedText(details)
        ok = box.button(QMessageBox.StandardButton.Ok)
        ok.setText(self.tr("Vervangen") if preview.replaces_earlier_answers else self.tr("Inlezen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Niet inlezen"))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        return box.exec() == QMessageBox.StandardButton.Ok

    def _ask_replace(self, error: UserError) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Vragenlijst inlezen"), error.message(self._language),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._window)
        box.setObjectName("confirmReplaceBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Vervangen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Eerdere antwoorden houden"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _refuse(self, path: Path, message: str) -> bool:
        self._say(message, error=True)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vragenlijst niet ingelezen"),
                          self.tr("‘{name}’ is niet ingelezen; er is niets veranderd.").format(name=path.name),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("refusedImportBox")
        box.setInformativeText(message)
        box.exec()
        return False

    def _say(self, text: str, error: bool = False) -> None:
        label = self._form.questionnaireStatus
        label.setText(text)
        label.setStyleSheet(text_style(ERROR) if error else "")
