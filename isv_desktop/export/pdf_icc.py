"""A small sRGB ICC profile (version 2.1) for the output intent of the PDF/A files.

Written here, byte for byte, from published numbers rather than shipped as a
binary file: the sRGB primaries and white point adapted to the ICC's D50
connection space (IEC 61966-2-1 as carried by the ICC's own sRGB profiles:
rXYZ 0.4361 0.2225 0.0139, gXYZ 0.3851 0.7169 0.0971, bXYZ 0.1431 0.0606
0.7141, white D50 0.9642 1.0 0.8249) and the sRGB tone curve (linear below
0.04045, else ((v + 0.055) / 1.055) ** 2.4) sampled in 1024 steps. A version 2
profile because PDF/A-2 (PDF 1.7) accepts ICC profiles up to version 4.2 and
every validator reads version 2. The header's date is fixed, so the PDFs stay
reproducible. Little CMS (through Pillow) reads it back in the tests.
"""
from __future__ import annotations

import struct
from functools import lru_cache

DESCRIPTION = "sRGB IEC61966-2.1"
COPYRIGHT = "No copyright, use freely"
WHITE_D50 = (0.9642, 1.0, 0.8249)
COLORANTS = {  # D50-adapted sRGB primaries
    b"rXYZ": (0.4361, 0.2225, 0.0139),
    b"gXYZ": (0.3851, 0.7169, 0.0971),
    b"bXYZ": (0.1431, 0.0606, 0.7141),
}
CURVE_POINTS = 1024


def _s15fixed16(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15fixed16(v) for v in values)


def _text(value: str) -> bytes:
    return b"text\0\0\0\0" + value.encode("ascii") + b"\0"


def _description(value: str) -> bytes:
    ascii_text = value.encode("ascii") + b"\0"
    return (b"desc\0\0\0\0" + struct.pack(">I", len(ascii_text)) + ascii_text
            + struct.pack(">II", 0, 0)  # no Unicode description
            + struct.pack(">HB", 0, 0) + b"\0" * 67)  # no ScriptCode description


def srgb_decode(value: float) -> float:
    """The sRGB tone curve: encoded 0..1 → linear light 0..1."""
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _curve() -> bytes:
    points = [round(srgb_decode(i / (CURVE_POINTS - 1)) * 65535) for i in range(CURVE_POINTS)]
    return b"curv\0\0\0\0" + struct.pack(">I", CURVE_POINTS) + struct.pack(f">{CURVE_POINTS}H", *points)


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


@lru_cache(maxsize=1)
def srgb_icc_profile() -> bytes:
    """The profile's bytes (about 2.6 kB; the same every time)."""
    curve = _curve()
    tags: list[tuple[bytes, bytes]] = [
        (b"desc", _description(DESCRIPTION)),
        (b"cprt", _text(COPYRIGHT)),
        (b"wtpt", _xyz(WHITE_D50)),
        *((signature, _xyz(values)) for signature, values in COLORANTS.items()),
        (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve),  # one curve, shared by the three tags
    ]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    directory, body, placed = [], b"", {}
    for signature, data in tags:
        if data not in placed:
            placed[data] = offset + len(body)
            body += _padded(data)
        directory.append(struct.pack(">4sII", signature, placed[data], len(data)))
    size = 128 + table_size + len(body)
    header = (struct.pack(">I", size) + b"lcms" + bytes((2, 0x10, 0, 0))  # size, CMM, version 2.1
              + b"mntrRGB XYZ "  # display class, RGB data, XYZ connection space
              + struct.pack(">6H", 2000, 1, 1, 0, 0, 0)  # fixed date: reproducible files
              + b"acsp" + b"APPL" + b"\0" * 4 + b"\0" * 8 + b"\0" * 8 + struct.pack(">I", 0)  # intent: perceptual
              + _s15fixed16(0.9642) + _s15fixed16(1.0) + _s15fixed16(0.8249)  # the connection space's white
              + b"\0" * 4 + b"\0" * 16 + b"\0" * 28)  # creator, profile id (none), reserved
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + b"".join(directory) + body
