"""Bring the English catalogue of the services' and command line's messages up to date.

    PYTHONPATH=src python scripts/update_messages.py [--fill EN.py]

Collects every `_("…")` message and `Phrase("…", …)` template outside ui/ (the window's strings go through Qt's .ts, see
update_translations.py), adds the new ones to resources/locale/en/LC_MESSAGES/hrdesk.po with
an empty translation, drops the ones no code uses any more, and compiles hrdesk.mo beside it.
`--fill EN.py` first takes English from a file defining `EN = {"中文": "English", ...}`.
Then write the empty msgstr lines in hrdesk.po and run it again; tests/test_messages.py fails
while one is empty.
"""

import argparse
import ast
import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "hrdesk"
CATALOGUE = PACKAGE / "resources" / "locale" / "en" / "LC_MESSAGES" / "hrdesk.po"


def source_messages() -> dict[str, list[tuple[str, int]]]:
    """Every `_()` message and Phrase template of the package outside ui/, with where it is used."""
    found: dict[str, list[tuple[str, int]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            # _("…") now, or Phrase("…", values) translated when the window shows it
            if not (
                (node.func.id == "_" and len(node.args) == 1)
                or (node.func.id == "Phrase" and node.args)
            ):
                continue
            argument = node.args[0]
            if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                raise SystemExit(
                    f"{relative}:{node.lineno}: {node.func.id}() takes one literal template"
                )
            found.setdefault(argument.value, []).append((str(relative), node.lineno))
    return found


def read_catalogue() -> Catalog:
    if not CATALOGUE.exists():
        return Catalog(locale="en", domain="hrdesk", project="hrdesk")
    with CATALOGUE.open("rb") as file:
        return read_po(file, locale="en", domain="hrdesk")


def update(english: dict[str, str]) -> tuple[int, int]:
    """Writes the .po and .mo; returns (messages, messages still without English)."""
    old = read_catalogue()
    catalogue = Catalog(
        locale="en",
        domain="hrdesk",
        project="hrdesk",
        copyright_holder="hrdesk",
        header_comment=(
            "# English for the messages of hrdesk's services, business rules and command line.\n"
            "# Kept by scripts/update_messages.py: write the English of each empty msgstr."
        ),
        creation_date=old.creation_date,
        revision_date=old.revision_date,
        fuzzy=False,
    )
    for message, places in sorted(source_messages().items(), key=lambda item: item[1][0]):
        known = old.get(message)
        text = english.get(message) or (known.string if known is not None else "")
        catalogue.add(message, text, locations=places)
    CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    with CATALOGUE.open("wb") as file:
        write_po(file, catalogue, width=100, include_lineno=False)
    with CATALOGUE.with_suffix(".mo").open("wb") as file:
        write_mo(file, catalogue)
    missing = sum(1 for entry in catalogue if entry.id and not entry.string)
    return len(catalogue), missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="a .py file defining EN = {中文: English}")
    args = parser.parse_args()
    english = runpy.run_path(str(args.fill))["EN"] if args.fill else {}
    total, missing = update(english)
    print(f"{CATALOGUE.relative_to(ROOT)}: {total} messages, {missing} without English")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
