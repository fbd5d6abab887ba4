"""A returned questionnaire's scores per theme with the supplier's explanations beside them, and the red
flags; also the summary the buyer confirms before a file is stored."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem

from ...domain.questionnaire_score import GroupScore, QuestionnaireScore, RedFlag
from ...services.questionnaires import ImportPreview
from ..palette_colours import ERROR, text_colour
from .suppliers_labels import date_text
from .suppliers_widgets import short, tooltip

QUESTION, ANSWER, EXPLANATION, EVIDENCE = range(4)
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_CHARACTERS = 3000
QUESTION_WIDTH = 300
EVIDENCE_WIDTH = 130
SHOWN_CHARACTERS = 300
FLAGS_IN_SUMMARY = 8


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _at_most(text: str) -> str:
    return text if len(text) <= DETAIL_CHARACTERS else text[:DETAIL_CHARACTERS].rstrip() + " …"


class ScoreView(QObject):
    """Fills the score tree, the overall line and the red-flag list of the questionnaire tab."""

    def __init__(self, form, language: str, parent=None) -> None:
        super().__init__(parent)
        self._form = form
        self._language = language
        tree = form.scoresTree
        tree.setUniformRowHeights(True)  # one line per question; the full text is below the tree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EVIDENCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(QUESTION, QUESTION_WIDTH)
        header.resizeSection(EVIDENCE, EVIDENCE_WIDTH)
        tree.currentItemChanged.connect(self._show_detail)

    # -- the tab -----------------------------------------------------------------
    def show(self, score: QuestionnaireScore | None, question_ids: tuple[str, ...] = (), returned_on=None) -> None:
        """Show ``score`` (None: nothing returned yet); questions are numbered as in the spreadsheet."""
        f = self._form
        f.scoresTree.clear()
        f.redFlagsList.clear()
        if score is None:
            f.answerDetail.hide()
            f.overallScore.setText(self.tr("Nog geen antwoorden ontvangen.") if question_ids else "")
            f.scoresTree.setEnabled(False)
            f.redFlagsList.setEnabled(False)
            return
        f.scoresTree.setEnabled(True)
        f.redFlagsList.setEnabled(True)
        f.overallScore.setText(self.overall_text(score, returned_on))
        flagged = {flag.question_id for flag in score.red_flags}
        numbers = {question_id: number for number, question_id in enumerate(question_ids, start=1)}
        for group in score.groups:
            heading = self._group_item(group, numbers, flagged)
            f.scoresTree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
        f.scoresTree.expandAll()
        f.answerDetail.show()
        self._show_detail(None)
        for flag in score.red_flags:
            item = QListWidgetItem(self.flag_text(flag))
            item.setForeground(text_colour(ERROR))
            f.redFlagsList.addItem(item)
        if not score.red_flags:
            f.redFlagsList.addItem(self.tr("Geen rode vlaggen."))

    def _group_item(self, group: GroupScore, numbers: dict[str, int], flagged: set[str]) -> QTreeWidgetItem:
        """A theme heading with its score, and one row per question: answer, explanation, evidence."""
        language = self._language
        if group.score is None:
            score_text = self.tr("geen score (alles niet van toepassing)")
        else:
            score_text = self.tr("{score} van 100").format(score=group.score)
        heading = QTreeWidgetItem([f"{_capital(group.label(language))}: {score_text}"])
        font = heading.font(QUESTION)
        font.setBold(True)
        heading.setFont(QUESTION, font)
        heading.setToolTip(QUESTION, self.tr(
            "{counted} vragen geteld, {unanswered} niet beantwoord, {not_applicable} niet van toepassing").format(
            counted=group.counted, unanswered=group.unanswered, not_applicable=group.not_applicable))
        for item in group.items:
            question = item.question
            number = numbers.get(question.id)
            question_text = question.text(language)
            label = f"{number}. {question_text}" if number else question_text
            answer = item.answer.label(language) if item.answer is not None else self.tr("niet beantwoord")
            child = QTreeWidgetItem([short(label, SHOWN_CHARACTERS), answer, short(item.explanation, SHOWN_CHARACTERS),
                                     short(item.evidence, SHOWN_CHARACTERS)])
            child.setToolTip(QUESTION, tooltip(label))
            if item.explanation:
                child.setToolTip(EXPLANATION, tooltip(item.explanation))
            if item.evidence:
                child.setToolTip(EVIDENCE, tooltip(item.evidence))
            if question.id in flagged:
                child.setForeground(ANSWER, text_colour(ERROR))
            detail = [
                self.tr("Vraag {label} ({theme})").format(label=label, theme=group.label(language)),
                self.tr("Antwoord: {answer}").format(answer=answer),
                self.tr("Toelichting: {text}").format(text=_at_most(item.explanation) or "—"),
                self.tr("Bewijs: {text}").format(text=_at_most(item.evidence) or "—"),
            ]
            child.setData(QUESTION, DETAIL_ROLE, "\n".join(detail))
            heading.addChild(child)
        return heading

    def _show_detail(self, current, _previous=None) -> None:
        text = current.data(QUESTION, DETAIL_ROLE) if current is not None else None
        label = self._form.answerDetail
        label.setText(text or self.tr("Kies een vraag om het antwoord en de toelichting helemaal te lezen."))

    # -- texts -------------------------------------------------------------------
    def overall_text(self, score: QuestionnaireScore, returned_on=None) -> str:
        total = sum(len(group.items) for group in score.groups)
        unanswered = sum(group.unanswered for group in score.groups)
        parts = []
        if score.overall is None:
            parts.append(self.tr("Geen totaalscore: alle vragen zijn niet van toepassing."))
        else:
            parts.append(self.tr("Totaalscore {score} van 100.").format(score=score.overall))
        parts.append(self.tr("{answered} van {total} vragen beantwoord.").format(
            answered=total - unanswered, total=total))
        if returned_on is not None:
            parts.append(self.tr("Ontvangen op {date}.").format(date=date_text(returned_on, self._language)))
        parts.append(self.tr("Een score is een begin voor uw oordeel: lees de toelichtingen ernaast."))
        return " ".join(parts)

    def flag_text(self, flag: RedFlag) -> str:
        text = flag.message(self._language)
        if flag.theme is not None:
            text += f" ({flag.theme.label(self._language)})"
        return _capital(text)

    def preview_texts(self, preview: ImportPreview) -> tuple[str, str, str]:
        """The question, the summary and the full list of red flags, for the confirmation before storing."""
        record = preview.record
        version = record.questionnaire.version
        if preview.replaces_earlier_answers:
            question = self.tr(
                "Versie {version} van de vragenlijst van {name} is al ingelezen op {date}. De eerdere antwoorden "
                "vervangen door die uit dit bestand?").format(
                version=version, name=preview.supplier_name,
                date=date_text(record.returned_on, self._language) or "?")
        else:
            question = self.tr("Vragenlijst van {name} (versie {version}) inlezen?").format(
                name=preview.supplier_name, version=version)
        score = preview.score
        answered = sum(1 for answer in preview.answers if answer.answer is not None)
        lines = [
            self.tr("Leverancier: {name}").format(name=preview.supplier_name),
            self.tr("Antwoorden: {answered} van {total} vragen.").format(
                answered=answered, total=len(record.questionnaire.questions)),
        ]
        if score.overall is not None:
            lines.append(self.tr("Totaalscore: {score} van 100.").format(score=score.overall))
        lines.append("")
        lines.append(self.tr("Scores per thema:"))
        for group in score.groups:
            value = "—" if group.score is None else str(group.score)
            lines.append(f"• {_capital(group.label(self._language))}: {value}")
        lines.append("")
        if score.red_flags:
            lines.append(self.tr("Rode vlaggen: {count}").format(count=len(score.red_flags)))
            lines.extend(f"• {self.flag_text(flag)}" for flag in score.red_flags[:FLAGS_IN_SUMMARY])
            if len(score.red_flags) > FLAGS_IN_SUMMARY:
                lines.append(self.tr("… en nog {count} (zie details)").format(
                    count=len(score.red_flags) - FLAGS_IN_SUMMARY))
        else:
            lines.append(self.tr("Geen rode vlaggen."))
        details = "\n".join(self.flag_text(flag) for flag in score.red_flags)
        return question, "\n".join(lines), details
