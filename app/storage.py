"""A coordinator's own disk: schema versions, a backup before an upgrade, one upgrade at a time, disk problems in words.

The database file is the coordinator's only copy of their work, so opening it is careful:
- a file written by a newer version of the app is refused untouched ("update the app");
- a file from an older version is copied beside itself (`….before-upgrade-0004.db`) before Alembic upgrades it;
- two copies of the app started at once take turns at the upgrade (an OS file lock), so neither sees half a schema;
- a read-only or full disk becomes one sentence, never a traceback.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from app.errors import DomainError

logger = logging.getLogger(__name__)

READ_ONLY = "read_only"
DISK_FULL = "disk_full"
CANNOT_OPEN = "cannot_open"

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class StorageError(DomainError):
    """The disk refused: read-only, full, or the file cannot be opened. `kind` is one of the constants above."""

    def __init__(self, message: str, *, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class NewerSchemaError(DomainError):
    """The database was written by a newer version of the app."""


def storage_problem(exc: BaseException, where: Path | str | None = None) -> str | None:
    """READ_ONLY, DISK_FULL or CANNOT_OPEN when `exc` (OSError, sqlite3 or SQLAlchemy's wrapper) is a disk problem.

    SQLite reports a full disk as "disk I/O error" when it cannot even grow its shared-memory file, so an I/O error
    on a disk with (almost) no free space left counts as full.
    """
    if isinstance(exc, StorageError):
        return exc.kind
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            if current.errno == errno.ENOSPC or current.errno == errno.EDQUOT:
                return DISK_FULL
            if current.errno in _READ_ONLY_ERRNOS:
                return READ_ONLY
        text = str(current).lower()
        if "disk is full" in text or "no space left" in text:
            return DISK_FULL
        if "readonly database" in text or "read-only file system" in text or "attempt to write a readonly" in text:
            return READ_ONLY
        if "unable to open database file" in text or "disk i/o error" in text:
            return _why_not(Path(where)) if where is not None else CANNOT_OPEN
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _why_not(where: Path) -> str:
    """SQLite's vague "unable to open" / "disk I/O error": a read-only folder or a full disk, or truly cannot open."""
    folder = where if where.is_dir() else where.parent
    try:
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return READ_ONLY
        if shutil.disk_usage(folder).free < 1_000_000:
            return DISK_FULL
    except OSError:
        pass
    return CANNOT_OPEN


def storage_sentence(kind: str, where: Path | str) -> str:
    """The sentence a coordinator reads (English; the desktop translates the same three cases in error_text.py)."""
    if kind == DISK_FULL:
        return f"The disk that holds {where} is full. Free some space and try again; nothing was saved."
    if kind == READ_ONLY:
        return (
            f"Mentor Coordinator cannot write to {where}: the disk or folder is read-only. "
            "Choose a folder you can write to (MENTOR_DATA_DIR) or ask IT; nothing was changed."
        )
    return (
        f"Mentor Coordinator cannot open {where}. Check that the folder exists and that you may write to it; "
        "nothing was changed."
    )


def as_storage_error(exc: BaseException, where: Path | str) -> StorageError | None:
    kind = storage_problem(exc, where)
    return None if kind is None else StorageError(storage_sentence(kind, where), kind=kind)


def sqlite_path(url: str) -> Path | None:
    """The file behind a `sqlite:///…` URL; None for PostgreSQL and in-memory databases."""
    if not url.startswith("sqlite"):
        return None
    rest = url.split(":///", 1)[1] if ":///" in url else ""
    rest = rest.split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def refuse_newer(url: str, current: str, known: set[str]) -> None:
    """Raise NewerSchemaError, before anything is written, when `current` is a revision this app does not know."""
    if current in known:
        return
    where = sqlite_path(url) or "the server database"
    raise NewerSchemaError(
        f"The database {where} was saved by a newer version of Mentor Coordinator (schema {current}). "
        "Update the app to open it; the database was not changed."
    )


def backup_path(path: Path, revision: str) -> Path:
    candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}{path.suffix}")
    if candidate.exists():  # an earlier attempt: keep it, write a new one with the time
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    return candidate


def backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the database beside itself with SQLite's online backup (consistent, WAL included); all or nothing."""
    target = backup_path(path, revision)
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        problem = as_storage_error(exc, path.parent)
        if problem is not None:
            raise StorageError(
                f"{problem.message} (The database needs a backup before it is upgraded to this version.)",
                kind=problem.kind,
            ) from exc
        raise
    logger.info("database backed up before its upgrade from schema %s: %s", revision, target)
    return target


@contextmanager
def upgrade_lock(url: str) -> Iterator[None]:
    """Hold an exclusive OS lock beside a SQLite file while its schema is checked and upgraded (two copies at once)."""
    path = sqlite_path(url)
    if path is None:
        yield  # PostgreSQL: Alembic's transactional DDL serialises upgrades there
        return
    lock_file = path.with_name(path.name + ".upgrade-lock")
    try:
        handle = open(lock_file, "a+b")  # noqa: SIM115 (held open for the whole block)
    except OSError as exc:
        problem = as_storage_error(exc, path.parent)
        if problem is not None:
            raise problem from exc
        raise
    try:
        _lock(handle)
        yield
    finally:
        try:
            _unlock(handle)
        finally:
            handle.close()


if os.name == "nt":  # pragma: no cover (Windows CI runs the bundle's dist-test)
    import msvcrt

    def _lock(handle: object) -> None:
        handle.seek(0)  # type: ignore[attr-defined]
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
                return
            except OSError:  # LK_LOCK gives up after ~10 s; keep waiting for the other copy
                continue

    def _unlock(handle: object) -> None:
        handle.seek(0)  # type: ignore[attr-defined]
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(handle: object) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # type: ignore[attr-defined]

    def _unlock(handle: object) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)  # type: ignore[attr-defined]
