"""Finding bundled files (translations, icons) the same way from source, install or bundle."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """A file under hrdesk/resources; PyInstaller keeps the package layout, so this holds frozen."""
    return RESOURCES / relative
