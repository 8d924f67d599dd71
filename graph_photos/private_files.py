"""Files the service creates are its own: the data directory 0700, what it holds 0600.

The database holds every photo and the directory, the secret signs every token: no other user
of the machine may read them, whatever the umask. SQLite creates its `-wal` and `-shm` files
with the database file's mode, so a database file created private keeps them private too.
"""

from __future__ import annotations

import os
from pathlib import Path

DIRECTORY_MODE = 0o700
FILE_MODE = 0o600


def private_directory(path: Path) -> Path:
    """`path` as a directory, created (with its missing parents) readable by this user only."""
    path.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    return path


def private_file(path: Path) -> Path:
    """`path` as a file readable by this user only: created empty if missing, its mode
    tightened if it exists (a file of an earlier release)."""
    private_directory(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)
    return path
