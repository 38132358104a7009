"""Personal data stays private on a shared computer: owner-only files, and logs that carry ids, never personal data."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = str(Path(__file__).resolve().parents[2] / "main.py")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def run(data: Path, config: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MENTOR_DB_URL", "MENTOR_SERVER_URL")}
    env.update(MENTOR_DATA_DIR=str(data), MENTOR_CONFIG_DIR=str(config))
    if db:
        env["MENTOR_DB_URL"] = db
    return subprocess.run(
        [sys.executable, MAIN, *args, "--as", "Coordinator Test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.umask(0o022),  # the usual default: what the app must not rely on
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def private_files(data: Path, config: Path) -> dict[str, int]:
    found = {p.name: mode(p) for p in [*data.iterdir(), *config.iterdir()] if p.is_file()}
    return {"<data>": mode(data), "<config>": mode(config), **found}


def test_a_new_install_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    assert run(data, config, "init").returncode == 0
    assert run(data, config, "whoami", "--set", "Coordinator Test").returncode == 0
    files = private_files(data, config)
    assert {"mentor-coordinator.db", "mentor-coordinator.log", "settings.json"} <= set(files)
    assert files == {name: 0o700 if name.startswith("<") else 0o600 for name in files}


def test_an_existing_install_is_tightened_on_start(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    assert run(data, config, "init").returncode == 0
    assert run(data, config, "whoami", "--set", "Coordinator Test").returncode == 0
    (data / "mentor-coordinator.db-wal").write_bytes(b"")  # as a crash can leave it
    for path in [data, config, *data.iterdir(), *config.iterdir()]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)  # as an install from before this rule left them
    assert run(data, config, "programme", "list").returncode == 0
    files = private_files(data, config)
    assert files == {name: 0o700 if name.startswith("<") else 0o600 for name in files}


def test_a_database_elsewhere_is_tightened_too(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    elsewhere = tmp_path / "shared-folder" / "mentors.db"
    elsewhere.parent.mkdir()
    assert run(data, config, "init", db=f"sqlite:///{elsewhere}").returncode == 0
    assert mode(elsewhere) == 0o600


NAME, EMAIL, PHONE = "Solveig Tindeland", "solveig.tindeland@example.no", "+47 913 57 246"
NOTE = "Told us about her glaucoma diagnosis"
SECRETS = ["Tindeland", "solveig.tindeland", "913 57 246", "91357246", "glaucoma", "Hagerup", "hagerup@example.no"]


def test_logs_carry_ids_never_personal_data_after_a_full_session(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"

    def ok(*args: str) -> str:
        result = run(data, config, *args, "--json")
        assert result.returncode == 0, result.stderr
        return result.stdout

    def refused(*args: str) -> None:
        result = run(data, config, *args)
        assert result.returncode != 0

    import json

    ok("init")
    ok("programme", "create", "Likeperson Troms", "--milestone", "First meeting")
    for state in ("open", "matching"):
        ok("programme", "state", "Likeperson Troms", state)
    mentee = json.loads(ok("person", "add", "--name", NAME, "--email", EMAIL, "--phone", PHONE, "--role", "mentee",
                           "--programme", "Likeperson Troms", "--municipality", "Tromsø"))["id"]  # fmt: skip
    mentor = json.loads(ok("person", "add", "--name", "Per Hagerup", "--email", "hagerup@example.no", "--role",
                           "mentor", "--programme", "Likeperson Troms", "--state", "approved"))["id"]  # fmt: skip
    refused("person", "add", "--name", "Solveig Tindeland Again", "--email", EMAIL, "--role", "mentee",
            "--programme", "Likeperson Finnmark")  # fmt: skip
    ok("person", "update", mentee, "--phone", "+47 400 00 000")
    ok("match", "suggest", "--mentee", mentee)
    pairing = json.loads(ok("pairing", "create", "--programme", "Likeperson Troms", "--mentor", mentor,
                            "--mentee", mentee))["id"]  # fmt: skip
    ok("pairing", "activate", pairing)
    ok("note", "add", pairing, "--text", NOTE, "--visibility", "coordinator")
    ok("meeting", "add", pairing, "--at", "2030-05-01 18:00")
    ok("export", str(tmp_path / "troms.xlsx"), "--programme", "Likeperson Troms")
    bad = tmp_path / "mentees.csv"
    bad.write_text(f"Name;Email;Role;Programme\n{NAME};not-an-address;mentee;Likeperson Troms\n", encoding="utf-8")
    refused("import", str(bad))
    ok("import", str(tmp_path / "troms.xlsx"), "--dry-run")
    ok("pairing", "dissolve", pairing, "--reason", "moved", "--note", "Solveig moved to Tindeland farm")
    ok("person", "show", EMAIL)
    ok("person", "erase", mentee, "--yes")
    refused("person", "erase", mentee, "--yes")

    logs = sorted(data.glob("mentor-coordinator.log*"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    assert f"person {mentee} erased at their request" in text  # the log is written, and names by id
    assert [s for s in SECRETS if s.lower() in text.lower()] == []
