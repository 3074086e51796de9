"""A user's password hash read with the sqlite3 module alone, before SQLAlchemy and the
models have loaded: start-up checks the password on a thread meanwhile
(services/sign_in_ahead.py). The sign-in proper reads the hash again through the models and
uses the early check only when the two agree, so nothing here decides who signs in."""

import sqlite3
from pathlib import Path


def stored_password_hash(path: Path, username: str) -> str | None:
    """USERNAME's password hash in the SQLite file at PATH, opened read-only; None when the
    file, its users table or the user is not there, or the file cannot be read now."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except (sqlite3.Error, ValueError):
        return None
    try:
        row = connection.execute(
            "SELECT password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None
