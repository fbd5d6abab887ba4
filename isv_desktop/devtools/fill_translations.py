"""Fill unfinished English translations from a JSON file of {"Dutch source": "English"}.

``python -m isv_desktop.devtools.fill_translations NEW.json`` writes the
matching translations into the .ts (every context where the source occurs),
compiles the .qm and lists what is still untranslated.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .build_translations import TS_FILE, compile_qm, update_ts


def fill(ts_file: Path, translations: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in translations:
            translation.text = translations[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    translations = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    update_ts()
    missing = fill(TS_FILE, translations)
    compile_qm()
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
