"""PDF/A-2b and tagging checks with pikepdf: the veraPDF rules the tests can reproduce (named by clause of
ISO 19005-2 as veraPDF numbers them), and the structure tree read back page by page."""
from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass

import pikepdf
from pikepdf import Name

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def _fonts(resources: pikepdf.Object, seen: set, found: list) -> None:
    for font in resources.get(Name.Font, {}).values():
        found.append(font)
    for xobject in resources.get(Name.XObject, {}).values():
        if xobject.objgen not in seen and Name.Resources in xobject:
            seen.add(xobject.objgen)
            _fonts(xobject.Resources, seen, found)


def all_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    found: list = []
    seen: set = set()
    for page in pdf.pages:
        _fonts(page.obj.get(Name.Resources, pikepdf.Dictionary()), seen, found)
    return found


def pdfa_problems(data: bytes) -> list[str]:
    """What veraPDF would report for PDF/A-2b, as far as these rules go (empty: none found)."""
    problems: list[str] = []
    with open_pdf(data) as pdf:
        if Name.ID not in pdf.trailer:
            problems.append("6.1.3-1 trailer has no ID")
        if Name.Encrypt in pdf.trailer:
            problems.append("6.1.3-2 encrypted")
        metadata = pdf.Root.get(Name.Metadata)
        if metadata is None:
            problems.append("6.6.2.1-1 no XMP metadata")
        else:
            if Name.Filter in metadata:
                problems.append("6.6.2.1 metadata stream is filtered")
            raw = metadata.read_bytes()
            if not raw.startswith(b"<?xpacket begin="):
                problems.append("6.6.2.1 XMP has no packet header")
            xmp = pdf.open_metadata()
            if xmp.get("pdfaid:part") != "2" or xmp.get("pdfaid:conformance") not in ("A", "B"):
                problems.append("6.6.4-1 no PDF/A-2 identification")
            info = pdf.docinfo
            pairs = [("/Title", "dc:title"), ("/Producer", "pdf:Producer"), ("/Creator", "xmp:CreatorTool"),
                     ("/Keywords", "pdf:Keywords"), ("/Subject", "dc:description")]
            for key, prop in pairs:
                if key in info and str(info[key]) != str(xmp.get(prop, "")):
                    problems.append(f"6.6.2.3.1 {key} differs from {prop}")
            if "/Author" in info and [str(info["/Author"])] != list(xmp.get("dc:creator", [])):
                problems.append("6.6.2.3.1 /Author differs from dc:creator")
            if "/Trapped" in info:
                problems.append("6.6.2.3.1 /Trapped not in XMP")
        intents = [i for i in pdf.Root.get(Name.OutputIntents, []) if i.get(Name.S) == Name.GTS_PDFA1]
        if len(intents) != 1:
            problems.append("6.2.3-2 not exactly one GTS_PDFA1 output intent")
        else:
            profile = intents[0].get(Name.DestOutputProfile)
            header = profile.read_bytes()[:128] if profile is not None else b""
            if header[36:40] != b"acsp" or header[16:20] != b"RGB " or int(profile.get(Name.N, 0)) != 3:
                problems.append("6.2.3-3 output intent profile is not an RGB ICC profile")
            elif header[8] > 4:
                problems.append("6.2.3-3 ICC profile newer than version 4")
        for font in all_fonts(pdf):
            descriptor = font.get(Name.FontDescriptor)
            if font.get(Name.Subtype) == Name.Type0:
                descriptor = font.DescendantFonts[0].get(Name.FontDescriptor)
            if descriptor is None or not any(k in descriptor for k in (Name.FontFile, Name.FontFile2, Name.FontFile3)):
                problems.append(f"6.2.11.4.1-1 font not embedded: {font.get(Name.BaseFont)}")
        for number, page in enumerate(pdf.pages, start=1):
            for annotation in page.obj.get(Name.Annots, []):
                if int(annotation.get(Name.F, 0)) & 4 == 0:
                    problems.append(f"6.3.2-1 annotation on page {number} not printable")
            for name, xobject in page.Resources.get(Name.XObject, {}).items():
                if xobject.get(Name.ColorSpace) == Name.DeviceCMYK:
                    problems.append(f"6.2.4.3-4 DeviceCMYK picture {name} with an RGB output intent")
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) in ("k", "K"):
                    problems.append("6.2.4.3-4 DeviceCMYK colour with an RGB output intent")
                if str(operator) == "gs":
                    state = page.Resources.ExtGState[operands[0]]
                    if Name.TR in state or state.get(Name.BM, Name.Normal) not in (Name.Normal, Name.Compatible):
                        problems.append("6.2.5 transfer function or blend mode")
        if Name.Lang not in pdf.Root:
            problems.append("no document language")
    return problems


@dataclass(frozen=True)
class Marked:
    page: int
    mcid: int
    role: str


def marked_content(data: bytes) -> tuple[list[Marked], list[str]]:
    """Every MCID sequence per page in content order, and the problems found: unbalanced BDC/EMC, text
    drawn outside any marked content (neither tagged nor an artifact)."""
    found: list[Marked] = []
    problems: list[str] = []
    with open_pdf(data) as pdf:
        for index, page in enumerate(pdf.pages):
            depth = 0
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    depth += 1
                    if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                        found.append(Marked(index, int(operands[1].MCID), str(operands[0])))
                elif name == "EMC":
                    depth -= 1
                    if depth < 0:
                        problems.append(f"page {index + 1}: EMC without BDC")
                elif name in TEXT_OPERATORS and depth == 0:
                    problems.append(f"page {index + 1}: text outside marked content")
            if depth:
                problems.append(f"page {index + 1}: {depth} marked-content sequences left open")
    return found, problems


def structure(data: bytes) -> tuple[dict[tuple[int, int], str], list[dict], list[str]]:
    """(page, MCID) → role of the element holding it; all elements; problems with the tree."""
    owner: dict[tuple[int, int], str] = {}
    elements: list = []
    problems: list[str] = []
    with open_pdf(data) as pdf:
        root = pdf.Root.get(Name.StructTreeRoot)
        if root is None or not bool(pdf.Root.get(Name.MarkInfo, {}).get(Name.Marked, False)):
            return owner, elements, ["no StructTreeRoot or MarkInfo Marked true"]
        pages = {pdf.pages[i].obj.objgen: i for i in range(len(pdf.pages))}
        parent_tree: dict[int, list] = {}
        numbers = list(root.ParentTree.Nums)
        for key, value in zip(numbers[::2], numbers[1::2], strict=True):
            parent_tree[int(key)] = list(value)

        def walk(element: pikepdf.Dictionary) -> None:
            attributes = element.get(Name.A, {})
            elements.append({"S": str(element.S), "Alt": str(element.Alt) if Name.Alt in element else None,
                             "A": {str(k): str(v) for k, v in attributes.items()}})
            for kid in element.K:
                if isinstance(kid, int):
                    page = pages[element.Pg.objgen]
                    owner[(page, int(kid))] = str(element.S)
                    slot = parent_tree.get(int(pdf.pages[page].obj.StructParents), [])
                    if int(kid) >= len(slot) or slot[int(kid)].objgen != element.objgen:
                        problems.append(f"ParentTree does not lead back to {element.S} (page {page + 1})")
                else:
                    walk(kid)

        for top in root.K:
            walk(top)
    return owner, elements, problems


def last_role_per_page(data: bytes) -> dict[int, str]:
    """The role of the last tagged content on each page (in drawing order)."""
    owner, _, _ = structure(data)
    marked, _ = marked_content(data)
    last: dict[int, str] = {}
    for item in marked:
        last[item.page] = owner.get((item.page, item.mcid), "?")
    return last


def role_counts(data: bytes) -> dict[str, int]:
    _, elements, _ = structure(data)
    counts: dict[str, int] = defaultdict(int)
    for element in elements:
        counts[element["S"]] += 1
    return dict(counts)
