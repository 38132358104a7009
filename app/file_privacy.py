"""Files readable by their owner only (POSIX): the data directory 0700; database, journals, logs, settings 0600.

The data reveal a health condition (sight loss), a GDPR special category, so on a shared computer no other account
may read them. New files get these modes from the process umask; files of an existing install are tightened at
every start, so an install made before this rule catches up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

from app.storage import sqlite_path

logger = logging.getLogger(__name__)

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".upgrade-lock")  # the lock: app/storage.py
PRIVATE_UMASK = 0o077


def make_private(path: Path, mode: int) -> None:
    """Remove group and other permissions from `path` (when it exists and is ours)."""
    with contextlib.suppress(FileNotFoundError, PermissionError):
        current = stat.S_IMODE(path.stat().st_mode)
        if current & 0o077:
            os.chmod(path, mode)
            logger.info("tightened %s from %o to %o", path.name, current, mode)


def secure_files(data_dir: Path, config_dir: Path, database_url: str) -> None:
    """Set the umask for files made from now on, and tighten what an earlier install left readable to others."""
    if os.name != "posix":
        return  # on Windows the per-user profile folders are already private to their owner
    os.umask(PRIVATE_UMASK)
    for folder in (data_dir, config_dir):
        make_private(folder, 0o700)
    for pattern in ("mentor-coordinator.log*", "*.db", "*.db-wal", "*.db-shm", "*.db-journal"):
        for path in data_dir.glob(pattern):
            make_private(path, 0o600)
    for path in config_dir.glob("*.json"):
        make_private(path, 0o600)
    database = sqlite_path(database_url)
    if database is not None:
        for suffix in DATABASE_COMPANIONS:
            make_private(Path(f"{database}{suffix}"), 0o600)
