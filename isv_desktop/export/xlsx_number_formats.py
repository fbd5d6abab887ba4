"""The workbooks' number formats per language, following the one formatter of each kind: days as
domain.day_format writes them (``DD-MM-YYYY`` / ``DD/MM/YYYY``), euros as domain.amounts (``€ 1.250,00`` /
``€1,250.00``) and percentages as domain.percentages (``12,5 %`` / ``12.5%``).

A format code sets the order and the marks around the number; the decimal and grouping marks themselves are
the spreadsheet program's (Excel and LibreOffice use the reader's own locale), so only the sign's spacing and
the day's separator differ here.
"""
from __future__ import annotations

from isv_desktop.domain.day_format import day_pattern


def _english(language: str) -> bool:
    return language.startswith("en")


def day_format(language: str) -> str:
    """``DD-MM-YYYY`` / ``DD\\/MM\\/YYYY`` (the slash escaped: unescaped, Excel may put the reader's own
    date separator in its place)."""
    return day_pattern(language).upper().replace("/", "\\/")


def euro_format(language: str, whole_euros: bool = False) -> str:
    number = "#,##0" if whole_euros else "#,##0.00"
    return f'"€"{number}' if _english(language) else f'"€" {number}'


def weight_format(language: str) -> str:
    """For a weight, a value that is already a percentage typed to the hundredth (``12.25`` shows as
    ``12,25 %`` / ``12.25%``, ``12.5`` as ``12,5 %``)."""
    return '0.0#"%"' if _english(language) else '0.0#" %"'


def share_format(language: str, places: int = 1) -> str:
    """For a share stored as a fraction (``0.125`` shows as ``12,5 %`` / ``12.5%``: Excel's ``%`` multiplies)."""
    number = "0." + "0" * places if places else "0"
    return f"{number}%" if _english(language) else f"{number} %"
