"""Where the database lives: --db, else HRDESK_DB, else the user's data folder."""

import os
from pathlib import Path

import platformdirs

from hrdesk import APP_NAME

DATABASE_FILE_NAME = "hrdesk.db"


def default_database_path() -> Path:
    """The user's own data folder: %LOCALAPPDATA%\\hrdesk on Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILE_NAME


def resolve_database_path(explicit: str | None) -> Path:
    chosen = explicit or os.environ.get("HRDESK_DB")
    return Path(chosen).expanduser().resolve() if chosen else default_database_path()
