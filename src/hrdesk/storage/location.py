"""Where the database lives: --db, else HRDESK_DB, else the user's data folder."""

import os
from pathlib import Path

import platformdirs

from hrdesk import APP_NAME

DATABASE_FILE_NAME = "hrdesk.db"


def default_database_path() -> Path:
    """The user's own data folder: %LOCALAPPDATA%\\hrdesk on Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILE_NAME


def resolve_database_target(explicit: str | None) -> Path | str:
    """--db, else HRDESK_DB, else the data folder: a file path, or a server URL kept as text."""
    chosen = explicit or os.environ.get("HRDESK_DB")
    if not chosen:
        return default_database_path()
    if "://" in chosen:
        return chosen
    return Path(chosen).expanduser().resolve()
