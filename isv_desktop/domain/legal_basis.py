"""The laws, regulations and policy a criterion rests on or refers the bidder to (its legal context).

An *instrument* is one act (the Aanbestedingswet 2012, an EU regulation or
directive) or a policy (the Rijk's ISV); a *provision* is something a
criterion can cite: one article of an instrument, or the instrument as a
whole. The table is shipped in ``resources/criteria/legal_basis.toml`` and
checked by :mod:`isv_desktop.knowledge.legal_basis`; the help page "Wettelijk
kader" explains every instrument in it.

Every criterion already carries the article of its type (a contract
condition art. 2.80 Aanbestedingswet 2012, see :class:`CriterionType`); the
provisions here are what it relies on beyond that.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum

_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def _pick(nl: str, en: str, language: str) -> str:
    return nl if language == "nl" else en


def long_date(day: date, language: str = "nl") -> str:
    """E.g. "14 december 2027" / "14 December 2027", as the help page writes dates."""
    months = _MONTHS_NL if language == "nl" else _MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


class InstrumentKind(str, Enum):
    """What sort of rule an instrument is; only a policy binds nobody by itself."""

    DUTCH_ACT = "dutch_act"
    EU_REGULATION = "eu_regulation"
    EU_DIRECTIVE = "eu_directive"
    POLICY = "policy"


@dataclass(frozen=True)
class LegalInstrument:
    """One act or policy, with its official citation and where to read it."""

    id: str
    kind: InstrumentKind
    citation_nl: str  # e.g. "Verordening (EU) 2024/3015"
    citation_en: str
    subject_nl: str  # e.g. "verbod op producten vervaardigd met dwangarbeid"
    subject_en: str
    source: str  # an identifier to look it up by: "CELEX 32024R3015", "BWBR0032203"
    checked: bool  # number, date and subject checked against a public source (see the table's notes)
    applies_from: date | None = None  # None: applies already, is uncertain, or is policy
    applies_nl: str = ""  # to whom, when not everyone: "voor grote en middelgrote marktdeelnemers"
    applies_en: str = ""

    def citation(self, language: str = "nl") -> str:
        return _pick(self.citation_nl, self.citation_en, language)

    def subject(self, language: str = "nl") -> str:
        return _pick(self.subject_nl, self.subject_en, language)

    def application(self, language: str = "nl") -> str:
        """E.g. "van toepassing vanaf 14 december 2027"; empty without a date of application."""
        if self.applies_from is None:
            return ""
        when = long_date(self.applies_from, language)
        if language == "nl":
            return " ".join(part for part in (self.applies_nl, "van toepassing vanaf", when) if part)
        return " ".join(part for part in ("applies from", when, self.applies_en) if part)


@dataclass(frozen=True)
class LegalProvision:
    """What a criterion cites: an article of an instrument, or (``article`` None) the instrument itself."""

    id: str
    instrument: LegalInstrument
    article: str | None
    subject_nl: str
    subject_en: str
    checked: bool

    def subject(self, language: str = "nl") -> str:
        return _pick(self.subject_nl, self.subject_en, language)

    def label(self, language: str = "nl") -> str:
        """E.g. "art. 2.116 Aanbestedingswet 2012 (abnormaal lage inschrijvingen)"."""
        citation = self.instrument.citation(language)
        details = [self.subject(language)]
        if self.article is not None:
            citation = (f"art. {self.article} {citation}" if language == "nl"
                        else f"Article {self.article} {citation}")
        elif self.instrument.applies_from is not None:
            details.append(self.instrument.application(language))
        return f"{citation} ({'; '.join(details)})"


class LegalBasisTable:
    """The known instruments and the provisions criteria may cite, looked up by id."""

    def __init__(self, edition: str, knowledge_date: date, instruments: Iterable[LegalInstrument],
                 provisions: Iterable[LegalProvision]) -> None:
        self.edition = edition
        self.knowledge_date = knowledge_date  # what the texts say was checked up to this date
        self.instruments = tuple(instruments)
        self._provisions = {p.id: p for p in provisions}

    def __contains__(self, provision_id: object) -> bool:
        return provision_id in self._provisions

    def __getitem__(self, provision_id: str) -> LegalProvision:
        return self._provisions[provision_id]

    def __iter__(self) -> Iterator[LegalProvision]:
        return iter(self._provisions.values())

    def __len__(self) -> int:
        return len(self._provisions)

    def instrument(self, instrument_id: str) -> LegalInstrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)


def legal_context_line(provisions: Iterable[LegalProvision], language: str = "nl") -> str:
    """The provisions' labels joined for one line of text; empty when there are none."""
    return "; ".join(p.label(language) for p in provisions)
