"""Files only their owner may read (0600) and folders only their owner may enter (0700).

On Windows the modes mean little (the user's profile folders are private already); there
the calls are harmless and the files inherit the folder's access list.
"""

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Make the folder (and missing parents) if needed; the folder itself is 0700."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make sure the file exists and only its owner may read or write it.

    An empty file is a valid empty SQLite database, and SQLite gives its -wal and -shm
    files the database file's mode, so creating the database this way covers all three.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(descriptor)
    if os.name != "nt":
        os.chmod(path, FILE_MODE)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write a secret to a new or replaced file readable by its owner alone."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    if os.name != "nt":
        os.chmod(path, FILE_MODE)
