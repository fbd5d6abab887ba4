"""Turns reportlab's PDF into PDF/A-2b with pikepdf, and writes its structure tree when it was tagged.

reportlab (open-source edition) writes neither XMP metadata, an output
intent, nor a structure tree, so after the layout:

- XMP metadata: ``pdfaid:part`` 2, ``pdfaid:conformance`` B, and the
  document information (title, author, subject, keywords, creator, producer,
  dates) repeated in XMP, equal to the Info dictionary (ISO 19005-2 6.6.2.3.1;
  the metadata stream stays uncompressed, 6.6.2.1); ``dc:language``;
- an output intent (GTS_PDFA1) with the sRGB profile of :mod:`.pdf_icc`,
  so the DeviceRGB and DeviceGray colours reportlab writes are defined
  (6.2.4.3);
- every annotation (the contents' links) marked printable (6.3.2);
- when :class:`~.pdf_tags.Tagger` recorded the marked content during layout:
  the structure tree (``StructTreeRoot`` with a ``ParentTree``, each page's
  ``StructParents``), ``MarkInfo`` Marked true and tab order by structure.

The fonts are already embedded (reportlab embeds every TrueType font as a
subset, FontFile2) and the document language is already in the catalogue's
``/Lang``. The file ID is derived from the content, so the same document
gives the same bytes.
"""
from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from isv_desktop.export.pdf_icc import DESCRIPTION, srgb_icc_profile
from isv_desktop.export.pdf_tags import MarkedContent, StructNode, Tagger

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
PRINT_FLAG = 4


def make_archival(data: bytes, language: str, tagger: Tagger | None = None) -> bytes:
    """The PDF ``data`` as PDF/A-2b (tagged when ``tagger`` holds its structure); ``language`` like "nl-NL"."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _metadata(pdf, language)
        _output_intent(pdf)
        for page in pdf.pages:
            for annotation in page.obj.get(Name.Annots, Array()):
                annotation[Name.F] = PRINT_FLAG
        if tagger is not None:
            _structure(pdf, tagger, language)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def _metadata(pdf: pikepdf.Pdf, language: str) -> None:
    if Name.Trapped in pdf.docinfo:  # not in the XMP that load_from_docinfo writes: keep both equal
        del pdf.docinfo[Name.Trapped]
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp.load_from_docinfo(pdf.docinfo)
        xmp["pdfaid:part"] = PDFA_PART
        xmp["pdfaid:conformance"] = PDFA_CONFORMANCE
        xmp["dc:language"] = [language]


def _output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pikepdf.Stream(pdf, srgb_icc_profile())
    profile[Name.N] = 3
    intent = Dictionary(
        Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String(DESCRIPTION),
        Info=String(DESCRIPTION), RegistryName=String("http://www.color.org"), DestOutputProfile=profile,
    )
    pdf.Root[Name.OutputIntents] = Array([pdf.make_indirect(intent)])


def _structure(pdf: pikepdf.Pdf, tagger: Tagger, language: str) -> None:
    pages = [page.obj for page in pdf.pages]
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    parents: dict[int, dict[int, pikepdf.Object]] = {}

    def element(node: StructNode, parent: pikepdf.Object) -> pikepdf.Object:
        made = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent))
        if node.alt is not None:
            made[Name.Alt] = String(node.alt)
        attributes = dict(node.attributes)
        if node.bbox is not None:
            attributes.setdefault("O", "Layout")
            attributes["BBox"] = node.bbox
        if attributes:
            made[Name.A] = Dictionary({f"/{key}": _value(value) for key, value in attributes.items()})
        kids = Array()
        for kid in node.kids:
            if isinstance(kid, MarkedContent):
                if kid.page >= len(pages):
                    continue
                made[Name.Pg] = pages[kid.page]
                kids.append(kid.mcid)
                parents.setdefault(kid.page, {})[kid.mcid] = made
            else:
                kids.append(element(kid, made))
        made[Name.K] = kids
        return made

    document = element(tagger.root, root)
    root[Name.K] = Array([document])
    numbers = Array()
    for page_index in sorted(parents):
        by_mcid = parents[page_index]
        pages[page_index][Name.StructParents] = page_index
        # pikepdf turns Python ints into PDF integers; its stub asks for Object
        numbers.extend([page_index, Array([by_mcid.get(mcid, None) for mcid in range(max(by_mcid) + 1)])])  # type: ignore[list-item]
    root[Name.ParentTree] = pdf.make_indirect(Dictionary(Nums=numbers))
    root[Name.ParentTreeNextKey] = len(pages)
    pdf.Root[Name.StructTreeRoot] = root
    pdf.Root[Name.MarkInfo] = Dictionary(Marked=True)
    pdf.Root[Name.Lang] = String(language)
    for page in pages:
        page[Name.Tabs] = Name.S


def _value(value: object) -> pikepdf.Object:
    if isinstance(value, str):
        return Name("/" + value)
    if isinstance(value, tuple):
        return Array([float(v) for v in value])
    return value  # type: ignore[return-value]
