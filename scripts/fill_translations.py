"""Fill untranslated entries of a .ts file from a Python dict file of source → translation.

    python scripts/fill_translations.py en_words.py
Prints what is still untranslated; run update_translations.py afterwards to compile.
"""

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "hrdesk"
    / "resources"
    / "translations"
    / "hrdesk_en.ts"
)


def main() -> int:
    words = runpy.run_path(sys.argv[1])["EN"]
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        if source in words:
            translation.text = words[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
