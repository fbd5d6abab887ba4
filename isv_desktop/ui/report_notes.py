"""The report's notes on screen: what was counted, and the dossiers left out with the buyer's reasons.

The buyer's text (titles, references, reasons) is escaped before it goes into
the rich text, so a reason like ``<b>test</b>`` shows as typed.
"""
from __future__ import annotations

from html import escape

from ..domain.yearly_report import YearlyReport
from ..export.report_texts import day_text, text


def notes_html(report: YearlyReport, language: str) -> str:
    """The notes as rich text for a QTextBrowser."""
    parts = [
        f"<h3>{escape(text('section.notes', language))}</h3>",
        f"<p>{escape(text('notes.definitions', language))}</p>",
        f"<p>{escape(text('notes.activity', language, year=report.year))}</p>",
        f"<p>{escape(text('notes.rounding', language))}</p>",
    ]
    if report.library_edition:
        parts.append(f"<p>{escape(text('fact.library', language))}: {escape(report.library_edition)}</p>")
    parts.append(f"<h3>{escape(text('notes.left_out', language))}</h3>")
    if not report.left_out:
        parts.append(f"<p>{escape(text('notes.no_left_out', language))}</p>")
    else:
        parts.append(f"<p>{escape(text('notes.left_out_intro', language))}</p>")
        headers = (text("dossier.number", language), text("dossier.title", language),
                   text("dossier.started", language), text("notes.reason", language),
                   text("dossier.left_out_on", language))
        rows = ["<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in headers) + "</tr>"]
        for d in report.left_out:
            title = escape(d.title) + (f"<br/><small>{escape(d.reference)}</small>" if d.reference.strip() else "")
            reason = escape(d.reason).replace("\n", "<br/>")
            rows.append(f"<tr><td align='right'>{d.id}</td><td>{title}</td><td>{day_text(d.started, language)}</td>"
                        f"<td>{reason}</td><td>{day_text(d.left_out_on, language)}</td></tr>")
        parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>")
    return "".join(parts)
