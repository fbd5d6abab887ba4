"""The yearly report writes days as the dossier files do, in both languages (issue 14: one formatter)."""
from datetime import date

import pytest

from isv_desktop.domain.day_format import format_day, format_long_day
from isv_desktop.export import dossier_pdf_labels, report_texts


@pytest.mark.parametrize("language, short, long", [("nl", "01-03-2025", "1 maart 2025"),
                                                   ("en", "01/03/2025", "1 March 2025")])
def test_the_report_and_the_dossier_files_write_a_day_alike(language, short, long):
    day = date(2025, 3, 1)
    assert report_texts.day_text(day, language) == dossier_pdf_labels.format_day(day, language) == short
    assert format_day(day, language) == short and format_long_day(day, language) == long
