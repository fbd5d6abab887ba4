"""Whatever a buyer types, the annex builds — and markup characters come out as typed."""
from __future__ import annotations

from annex_samples import collapsed, pdf_text, sample_content
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isv_desktop.domain.annex_builder import DossierFacts
from isv_desktop.export.annex_pdf import build_annex_pdf
from isv_desktop.export.annex_text import annex_html, annex_plain_text

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(custom=st.text(max_size=3000), title=st.text(max_size=300), organisation=st.text(max_size=200))
def test_any_custom_text_and_dossier_values_build_a_pdf(custom, title, organisation):
    content = sample_content(custom_text=custom, facts=DossierFacts(title, "REF", organisation))
    assert build_annex_pdf(content).startswith(b"%PDF-")
    assert annex_html(content) and annex_plain_text(content)


MARKUPISH = st.text(alphabet="<>&\"'/=;#ab XY1", min_size=1, max_size=60).filter(lambda s: s.strip())


@SETTINGS
@given(MARKUPISH)
def test_markup_characters_in_custom_text_print_as_typed(typed):
    text, _ = pdf_text(build_annex_pdf(sample_content(custom_text=typed)))
    assert collapsed(typed) in text
