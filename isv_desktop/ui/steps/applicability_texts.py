"""What step 1 says about the threshold, the kind of contract and the suggested risk category, with where it came from."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.amounts import format_euro
from ...domain.contract_kinds import KindBasis, KindSuggestion
from ...domain.dossier import Dossier
from ...domain.risk_category_suggestion import CategoryRule
from ...domain.thresholds import Applicability, ThresholdOutcome, ThresholdWarning
from ..due_labels import day_text
from ..labels import contract_kind_label, risk_category_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


class ApplicabilityTexts:
    def __init__(self, language: str) -> None:
        self._language = language

    def threshold_lines(self, result: Applicability) -> list[str]:
        lines: list[str] = []
        warnings = result.warnings
        if result.threshold is ThresholdOutcome.NO_VALUE:
            lines.append(translate("ApplicabilityTexts", "Vul de geschatte waarde in om die met de Europese drempel te vergelijken."))
        elif (result.threshold in (ThresholdOutcome.ABOVE, ThresholdOutcome.BELOW)
              and result.threshold_amount is not None and result.period is not None):  # a comparison has both
            amount = format_euro(result.threshold_amount, self._language, whole_euros=True)
            period = f"{result.period.start.year}–{result.period.end.year}"
            if result.threshold is ThresholdOutcome.ABOVE:
                lines.append(translate("ApplicabilityTexts", "Boven de Europese drempel van {amount} ({period}).").format(amount=amount, period=period))
            else:
                lines.append(translate("ApplicabilityTexts", "Onder de Europese drempel van {amount} ({period}).").format(amount=amount, period=period))
            lines.append(translate("ApplicabilityTexts", "Bron: {source}.").format(source=result.source))
        if ThresholdWarning.DATE_IS_TODAY in warnings:
            lines.append(
                translate("ApplicabilityTexts", "Er is nog geen datum van de oproep tot mededinging ingevuld: de drempel is bepaald op vandaag "
                   "({day}).").format(day=day_text(result.judged_on))
            )
        elif result.judged_on is not None:
            lines.append(translate("ApplicabilityTexts", "Beoordeeld op de datum van de oproep tot mededinging: {day}.").format(
                day=day_text(result.judged_on)))
        if ThresholdWarning.OUTSIDE_EVERY_PERIOD in warnings or (
            result.threshold is ThresholdOutcome.NO_KNOWN_PERIOD and result.judged_on is not None
        ):
            lines.append(
                translate("ApplicabilityTexts", "Voor {day} is geen Europese drempel bekend: de drempeltabel loopt tot en met {last}. Lees een "
                   "nieuwe editie van de drempeltabel in of vul de geldende drempels in bij Instellingen (Ctrl+,).")
                .format(day=day_text(result.judged_on), last=day_text(result.known_until))
            )
        if ThresholdWarning.TABLE_ENDS_SOON in warnings:
            lines.append(
                translate("ApplicabilityTexts", "Let op: de bekende drempels lopen tot en met {last}. Kijk of er al nieuwe drempels zijn "
                   "vastgesteld (PIANOo) en lees die in.").format(last=day_text(result.known_until))
            )
        return lines

    def kind_hint(self, dossier: Dossier, suggestion: KindSuggestion) -> str:
        if suggestion.basis is KindBasis.NO_CPV:
            return translate("ApplicabilityTexts", "De soort opdracht volgt uit de CPV-code; u kunt een andere kiezen.")
        code = suggestion.cpv_code
        if suggestion.basis is KindBasis.ANNEX_XIV:
            point = suggestion.annex_point
            assert point is not None, "a suggestion from annex XIV names its point"
            reason = translate("ApplicabilityTexts", "Richtlijn 2014/24/EU, bijlage XIV, punt {number}: {heading}").format(
                number=point.number, heading=point.heading(self._language))
        elif suggestion.basis is KindBasis.WORKS_DIVISION:
            reason = translate("ApplicabilityTexts", "CPV-afdeling 45, bouwwerkzaamheden")
        else:
            reason = translate("ApplicabilityTexts", "geen werk en niet in bijlage XIV van Richtlijn 2014/24/EU")
        if suggestion.kind is dossier.contract_kind:
            return translate("ApplicabilityTexts", "Afgeleid van CPV-code {code} ({reason}).").format(code=code, reason=reason)
        return translate("ApplicabilityTexts", "De gekozen soort wijkt af van de CPV-code: {code} wijst op ‘{kind}’ "
                         "({reason}). Laat uw keuze staan als die klopt.").format(
            code=code, kind=contract_kind_label(suggestion.kind), reason=reason)

    def category_suggestion(self, dossier: Dossier, rule: CategoryRule | None) -> str:
        if not dossier.cpv_code:
            return ""
        if rule is None:
            return translate("ApplicabilityTexts", "Geen voorstel: CPV-code {code} valt onder geen van de tien categorieën in de tabel van het "
                      "programma.").format(code=dossier.cpv_code)
        text = translate("ApplicabilityTexts", "Voorstel op grond van CPV-code {code}: {category} — {reason}. Eigen indeling van het programma, "
                  "geen officiële tabel; het besluit is aan u.").format(
            code=dossier.cpv_code, category=risk_category_label(rule.category_id), reason=rule.reason(self._language))
        return text
