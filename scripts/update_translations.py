"""Refresh the .ts sources from the code (pyside6-lupdate), then compile them (pyside6-lrelease).

Run after changing any user-visible string: python scripts/update_translations.py
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(str(p) for p in (ROOT / "src" / "hrdesk" / "ui").rglob("*.py"))
TRANSLATIONS = ROOT / "src" / "hrdesk" / "resources" / "translations"


def main() -> int:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(["pyside6-lupdate", "-no-obsolete", *SOURCES, "-ts", str(ts)], check=True)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
