"""The annex tells the bidder the legal context a criterion cites, under that criterion only."""
from __future__ import annotations

import re

from annex_samples import pdf_text, sample_content

from isv_desktop.export.annex_pdf import build_annex_pdf
from isv_desktop.export.annex_text import annex_plain_text

FORCED_LABOUR_NL = ("wettelijk kader: Verordening (EU) 2024/3015 (verbod op producten vervaardigd met dwangarbeid; "
                    "van toepassing vanaf 14 december 2027); art. 2.86 Aanbestedingswet 2012 (verplichte uitsluiting")


def _criterion_block(plain: str, number: str) -> str:
    """The lines of criterion ``number`` ("3.2") up to the next heading of a chapter or criterion."""
    start = plain.index(f"\n{number}\u2002")
    following = re.compile(r"\n\d+(\.\d+)?\u2002").search(plain, start + 1)
    return plain[start:following.start() if following else len(plain)]


def test_each_cited_provision_is_printed_under_its_criterion():
    content = sample_content()
    ids = [c.criterion_id for c in content.criteria]
    plain = annex_plain_text(content)
    for criterion in content.criteria:
        block = _criterion_block(plain, criterion.number)
        if criterion.criterion_id == "forced_labour.contract.basis":
            assert FORCED_LABOUR_NL in block
        elif criterion.criterion_id == "escalation.basis":
            assert "wettelijk kader: art. 2.87 Aanbestedingswet 2012 (facultatieve uitsluiting" in block
        elif criterion.criterion_id == "living_wage.award":
            assert "wettelijk kader" not in block and "Leefbaar loon" in block
    assert "living_wage.award" in ids and "forced_labour.contract.basis" in ids


def test_the_pdf_carries_it_in_both_languages():
    dutch, _pages = pdf_text(build_annex_pdf(sample_content()))
    assert FORCED_LABOUR_NL in dutch
    assert dutch.count("wettelijk kader:") == 3  # due diligence (ISV), forced labour, escalation; not the award
    english, _pages = pdf_text(build_annex_pdf(sample_content(language="en")))
    assert ("legal context: Regulation (EU) 2024/3015 (prohibiting products made with forced labour; "
            "applies from 14 December 2027)") in english
