"""The selected criterion of step 3: its wording for this dossier (Dutch and English), weight and rubric."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain.criteria import (
    ChosenCriterion,
    Criterion,
    CriterionType,
    has_newer_version,
    text_differs,
)
from ...domain.legal_basis import legal_context_line
from ...domain.messages import UserError
from ...domain.percentages import WEIGHT_PLACES, format_percent
from ...domain.themes import Theme
from ...services.criteria import CriteriaService
from ..field_binding import TextFieldBinding
from ..forms.criteria_text_tab_ui import Ui_CriteriaTextTab
from .criteria_format import weight_input_text

LANGUAGES = ("nl", "en")


class CriterionEditor(QObject):
    """Drives the editor widgets of the form; stores every edit through the service at once."""

    changed = Signal(list)  # the dossier's chosen criteria after a stored edit

    def __init__(self, criteria: CriteriaService, form, language: str, parent=None) -> None:
        super().__init__(parent)
        self._criteria = criteria
        self._form = form
        self._language = language
        self._dossier_id: int | None = None
        self._chosen: ChosenCriterion | None = None
        self._number = ""
        f = form
        # each language's text field is built when its tab is first shown or asked for (issue 15): the other
        # language's tab is hidden when the step first shows; its text waits here until then
        self._text_bindings: dict[str, TextFieldBinding] = {}
        self._texts = dict.fromkeys(LANGUAGES, "")
        self._weight_binding = TextFieldBinding(f.weightEdit, self._store_weight, f.weightError, language)
        f.revertButton.clicked.connect(self.revert)
        f.textTabs.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        f.textTabs.currentChanged.connect(lambda index: self.text_edit(LANGUAGES[index]))
        self.text_edit(LANGUAGES[f.textTabs.currentIndex()])
        self.show(None, None)

    def text_edit(self, language: str) -> QPlainTextEdit:
        """The text field of ``language`` (forms/criteria_text_tab.ui in its tab), built now if it was not."""
        binding = self._text_bindings.get(language)
        if binding is None:
            f = self._form
            tab = (f.nlTab, f.enTab)[LANGUAGES.index(language)]
            form = Ui_CriteriaTextTab()
            form.setupUi(tab)
            edit = form.textEdit
            edit.setObjectName(f"{language}TextEdit")
            edit.setAccessibleName(self.tr("Nederlandse tekst voor dit dossier") if language == "nl"
                                   else self.tr("Engelse tekst voor dit dossier"))
            error_shown = not f.textError.isHidden()  # a new binding hides the label the two fields share
            binding = TextFieldBinding(edit, lambda text: self._store_text(language, text), f.textError,
                                       self._language)
            f.textError.setVisible(error_shown)
            binding.set_text(self._texts[language])
            self._text_bindings[language] = binding
            if tab.isVisible():
                edit.show()  # now, not after the next events (Qt shows what joins a visible widget later)
            QWidget.setTabOrder(f.textTabs.tabBar(), edit)  # Tab goes from the tab bar into the text, then on
        widget = binding.parent()
        assert isinstance(widget, QPlainTextEdit), "a text binding belongs to its field"
        return widget

    @property
    def criterion_id(self) -> str | None:
        return self._chosen.criterion_id if self._chosen else None

    def flush(self) -> None:
        for binding in (*self._text_bindings.values(), self._weight_binding):
            binding.flush()

    # -- showing ---------------------------------------------------------------
    def show(self, dossier_id: int | None, chosen: ChosenCriterion | None, number: str = "") -> None:
        """Show one chosen criterion (None: nothing selected); pending edits must be flushed first."""
        f = self._form
        self._dossier_id = dossier_id
        self._chosen = chosen
        self._number = number
        criterion = self._library_criterion()
        editable = criterion is not None
        for widget in (f.textTabs, f.revertButton, f.weightPanel):
            widget.setEnabled(editable)
        if chosen is None:
            f.criterionTitle.setText(self.tr("Kies een criterium in de lijst hierboven om de tekst te lezen of aan te passen."))
        elif criterion is None:
            f.criterionTitle.setText(
                self.tr("{id} staat niet meer in de criteriabibliotheek; verwijder het of kies een ander criterium.")
                .format(id=chosen.criterion_id)
            )
        else:
            f.criterionTitle.setText(f"{number}\u2002{criterion.title(self._language)}".strip())
        f.criterionMeta.setText(self._describe(criterion) if criterion else "")
        f.criterionMeta.setVisible(editable)
        for lang in LANGUAGES:
            text = ""
            if chosen is not None and criterion is not None:
                text = chosen.custom_text(lang) or criterion.text(lang)
            self._texts[lang] = text
            if lang in self._text_bindings:
                self._text_bindings[lang].set_text(text)
        award = criterion is not None and criterion.type is CriterionType.AWARD_CRITERION
        f.weightPanel.setVisible(award)
        if award and chosen is not None and criterion is not None:  # award: both are there
            self._weight_binding.set_text(weight_input_text(chosen.weight, self._language))
            f.rubricText.setText(
                "\n".join(f"{level.score}\u2002{level.description(self._language)}" for level in criterion.rubric)
            )
            default = criterion.default_weight
            f.weightEdit.setPlaceholderText(
                self.tr("voorstel: {weight}").format(weight=format_percent(default, self._language, WEIGHT_PLACES))
                if default else ""
            )
        else:
            self._weight_binding.set_text("")
            f.rubricText.clear()
        self.refresh_status(chosen)

    def refresh_status(self, chosen: ChosenCriterion | None) -> None:
        """Update which language was reworded, without touching the text being typed."""
        f = self._form
        if chosen is not None and self._chosen is not None and chosen.criterion_id == self._chosen.criterion_id:
            self._chosen = chosen
        criterion = self._library_criterion()
        current = self._chosen
        if criterion is None or current is None:  # (a library criterion is only found for a chosen one)
            f.textTabs.setTabText(0, self.tr("Nederlands"))
            f.textTabs.setTabText(1, self.tr("Engels"))
            f.textStatus.clear()
            return
        library = self._criteria.library
        edited = {lang: text_differs(current, library, lang) for lang in LANGUAGES}
        names = {"nl": self.tr("Nederlands"), "en": self.tr("Engels")}
        for tab, lang in enumerate(LANGUAGES):
            mark = self.tr(" (aangepast)") if edited[lang] else ""
            f.textTabs.setTabText(tab, names[lang] + mark)
        lines = []
        if edited["nl"] and edited["en"]:
            lines.append(self.tr("Nederlandse en Engelse tekst aangepast voor dit dossier."))
        elif edited["nl"]:
            lines.append(self.tr("Nederlandse tekst aangepast voor dit dossier; de Engelse tekst is die van de bibliotheek."))
        elif edited["en"]:
            lines.append(self.tr("Engelse tekst aangepast voor dit dossier; de Nederlandse tekst is die van de bibliotheek."))
        else:
            lines.append(
                self.tr("Tekst uit de bibliotheek (versie {version}). Een aanpassing geldt alleen voor dit dossier.")
                .format(version=current.library_version)
            )
        if has_newer_version(current, library):
            lines.append(
                self.tr("De bibliotheek heeft nu versie {version}; ‘Bibliotheektekst terugzetten’ neemt die over.")
                .format(version=criterion.version)
            )
        lines.append(self.tr("Woorden tussen accolades, zoals {plan_weeks}, vult het programma in bij het afdrukken."))
        f.textStatus.setText("\n".join(lines))
        f.revertButton.setEnabled(any(edited.values()) or has_newer_version(current, library))

    def _describe(self, criterion: Criterion) -> str:
        language = self._language
        themes = ", ".join(t.label(language) for t in Theme if t in criterion.themes)
        lines = [
            self.tr("Soort: {type} ({basis}) · niveau: {level}").format(
                type=criterion.type.label(language), basis=criterion.type.legal_basis(language),
                level=criterion.level.label(language)),
            self.tr("Thema's: {themes}").format(themes=themes),
            self.tr("Controle: {checks}").format(checks=", ".join(v.label(language) for v in criterion.verification)),
        ]
        evidence = criterion.evidence(language)
        if evidence:
            lines.append(self.tr("Geaccepteerd bewijs: {evidence}").format(evidence="; ".join(evidence)))
        if criterion.legal_basis:
            lines.append(self.tr("Wettelijk kader: {items}").format(
                items=legal_context_line(criterion.legal_basis, language)))
        return "\n".join(lines)

    def _library_criterion(self) -> Criterion | None:
        return self._criteria.library.get(self._chosen.criterion_id) if self._chosen else None

    # -- storing ---------------------------------------------------------------
    def _store_text(self, language: str, text: str) -> None:
        if self._chosen is None or self._dossier_id is None:
            return
        if not text.strip():
            raise UserError("text.required")
        self._emit(self._criteria.set_text(self._dossier_id, self._chosen.criterion_id, language, text))

    def _store_weight(self, text: str) -> None:
        if self._chosen is None or self._dossier_id is None:
            return
        if not text.strip():  # the annex would print the library's weight while the check counts none
            raise UserError("text.required")
        self._emit(self._criteria.set_weight(self._dossier_id, self._chosen.criterion_id, text))

    def revert(self) -> None:
        if self._chosen is None or self._dossier_id is None:
            return
        chosen = self._criteria.revert(self._dossier_id, self._chosen.criterion_id)
        current = next((c for c in chosen if c.criterion_id == self._chosen.criterion_id), None)
        self.show(self._dossier_id, current, self._number)
        self.changed.emit(chosen)

    def _emit(self, chosen: list[ChosenCriterion]) -> None:
        current = next((c for c in chosen if c.criterion_id == self.criterion_id), None)
        if current is not None:
            self._chosen = current
        self.changed.emit(chosen)
