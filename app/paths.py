"""Where the application keeps its files: user data directory, bundled resources and migrations."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "mentor-coordinator"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
REFERENCE_DIR = RESOURCES_DIR / "reference"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def user_data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    path = Path(os.environ.get("MENTOR_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)  # only its owner may read personal data
    except OSError as exc:  # first start on a read-only or full disk: a sentence, not a traceback
        from app.storage import CANNOT_OPEN, StorageError, storage_problem, storage_sentence

        kind = storage_problem(exc) or CANNOT_OPEN
        raise StorageError(storage_sentence(kind, path), kind=kind) from exc
    return path


def default_database_url() -> str:
    """`MENTOR_DB_URL` if set, else a SQLite file in the user data directory."""
    url = os.environ.get("MENTOR_DB_URL")
    if url:
        return url
    return f"sqlite:///{user_data_dir() / 'mentor-coordinator.db'}"
