"""The app on a real user's machine: no data folder yet, a read-only or full disk, databases from other versions,
two copies started at once. Each case runs the real command as its own process on real files (and real mounts)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.db import SCHEMA_HEAD, upgrade_database
from tests.helpers import require

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MENTOR_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("MENTOR_DB_URL", None)
    extra = ["--db", f"sqlite:///{db}"] if db is not None else []
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
        cwd=ROOT,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """Commit and close (closing checkpoints the WAL into the file, so a digest sees every change)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision(path: Path) -> str:
    with connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def count(path: Path, table: str) -> int:
    with connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@contextmanager
def tmpfs(target: Path, *options: str) -> Iterator[Path]:
    """A real small file system (root only: CI runs as root): read-only or nearly full, as a USB stick can be."""
    require(can_mount(), "mounting a tmpfs needs root")
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options or ("size=4m",)), "tmpfs", str(target)], check=True)
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_first_start_creates_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "no" / "such" / "folder"
    result = run(data, "init")
    assert result.returncode == 0, result.stderr
    assert revision(data / "mentor-coordinator.db") == SCHEMA_HEAD
    assert "Database ready" in result.stdout


def test_read_only_disk_is_a_sentence_and_nothing_is_written(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "stick", "size=1m", "ro") as stick:
        result = run(stick / "data", "init")
        message = one_line_error(result)
        assert "read-only" in message and str(stick / "data") in message
        assert list(stick.iterdir()) == []


def test_older_database_on_a_read_only_disk_is_refused_untouched(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    with tmpfs(stick, "size=4m"):
        db = stick / "old.db"
        upgrade_database(f"sqlite:///{db}", "0004")
        before, files = digest(db), sorted(p.name for p in stick.iterdir())
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        message = one_line_error(run(tmp_path / "data", "programme", "list", db=db))
        assert "read-only" in message
        assert digest(db) == before
        assert sorted(p.name for p in stick.iterdir()) == files


def test_full_disk_mid_command_is_a_sentence_and_nothing_is_half_written(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "size=6m") as disk:
        db = disk / "mentor.db"
        assert run(tmp_path / "data", "init", db=db).returncode == 0
        programmes, people = count(db, "programmes"), count(db, "people")
        filler = disk / "filler"
        with open(filler, "wb") as handle:  # take every free block, as a full laptop disk has none
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass
        message = one_line_error(run(tmp_path / "data", "demo", "--size", "40", db=db))
        assert "is full" in message and "nothing was saved" in message
        filler.unlink()
        with connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (count(db, "programmes"), count(db, "people")) == (programmes, people)
        assert run(tmp_path / "data", "demo", "--size", "10", db=db).returncode == 0  # space again: works


def test_newer_database_is_refused_and_not_touched(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    upgrade_database(f"sqlite:///{db}")
    with connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = digest(db)
    files = sorted(p.name for p in tmp_path.iterdir())
    message = one_line_error(run(tmp_path / "data", "programme", "list", db=db))
    assert "newer version of Mentor Coordinator" in message and "Update the app" in message
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == files
    assert revision(db) == "0099_from_the_future"


def test_older_database_is_backed_up_beside_itself_then_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "coordinator.db"
    upgrade_database(f"sqlite:///{db}", "0004")
    with connect(db) as conn:
        conn.execute(
            "INSERT INTO programmes (id, name, description, state, default_capacity, amber_days, red_days, weights, "
            "created_at, updated_at) VALUES (?, 'Likeperson Agder', '', 'draft', 2, 14, 28, '{}', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            (str(uuid.uuid4()),),
        )
    result = run(tmp_path / "data", "programme", "list", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert "Likeperson Agder" in result.stdout
    backup = tmp_path / "coordinator.before-upgrade-0004.db"
    assert revision(backup) == "0004" and count(backup, "programmes") == 1
    assert revision(db) == SCHEMA_HEAD
    again = run(tmp_path / "data", "programme", "list", db=db)  # current now: no second backup
    assert again.returncode == 0
    assert len(list(tmp_path.glob("coordinator.before-upgrade-*"))) == 1


def test_two_copies_started_at_once_share_one_database(tmp_path: Path) -> None:
    data = tmp_path / "shared"
    with ThreadPoolExecutor(max_workers=2) as pool:
        first_start = list(pool.map(lambda _: run(data, "init"), range(2)))
    assert [r.returncode for r in first_start] == [0, 0], [r.stderr for r in first_start]
    db = data / "mentor-coordinator.db"
    with ThreadPoolExecutor(max_workers=2) as pool:
        writes = list(pool.map(lambda n: run(data, "programme", "create", f"Programme {n}"), range(2)))
    assert [r.returncode for r in writes] == [0, 0], [r.stderr for r in writes]
    assert revision(db) == SCHEMA_HEAD
    assert count(db, "programmes") == 2
    with connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("kind", ["read_only", "disk_full"])
def test_the_desktop_says_the_same_in_words(kind: str) -> None:
    import errno

    from app.views.widgets.error_text import error_text

    exc = OSError(errno.EROFS if kind == "read_only" else errno.ENOSPC, "no")
    text = error_text(exc)
    assert ("read-only" if kind == "read_only" else "full") in text
