"""The acceptance script, through the CLI: three SQLite desktops and one server, edits, `kill -9` during sync,
re-syncs; afterwards `person list --json` and `pairing list --json` are identical everywhere, nothing lost or
applied twice."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db import Database, open_database
from app.installation import Installation
from tests.sync.desktops import differences, ledger_check, server_state, snapshot

ROOT = Path(__file__).resolve().parents[2]


class CliDesktop:
    def __init__(self, name: str, folder: Path, server_url: str) -> None:
        self.name = name
        self.db = f"sqlite:///{folder / name}.db"
        self.env = {**os.environ, "MENTOR_CONFIG_DIR": str(folder / f"{name}-config"), "MENTOR_SERVER_URL": server_url}

    def command(self, *args: str, **env: str) -> list[str]:
        return [sys.executable, "main.py", "--db", self.db, "--as", self.name, *args]

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args), cwd=ROOT, env={**self.env, **env}, capture_output=True, text=True, timeout=180
        )

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode == 0, f"{self.name} {args}: {result.stderr}"
        return result.stdout

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, "--json"))

    def killed_sync(self, rng: random.Random) -> None:
        """Start `sync` and kill it with SIGKILL after a random moment (maybe before, during or after its work)."""
        process = subprocess.Popen(self.command("sync"), cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.2, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)


@pytest.mark.slow
def test_three_cli_desktops_with_kills_end_identical(tmp_path: Path, server_url: str) -> None:
    rng = random.Random(2026)
    oslo, bergen, tromso = (CliDesktop(n, tmp_path, server_url) for n in ("oslo", "bergen", "tromso"))
    oslo.ok("init")
    oslo.ok("demo", "--size", "20")
    oslo.killed_sync(rng)
    for desktop in (oslo, bergen, tromso):
        desktop.ok("init")
        desktop.ok("sync")

    people = bergen.json("person", "list")
    pairings = tromso.json("pairing", "list")
    assert isinstance(people, list) and isinstance(pairings, list) and people and pairings
    # Edits on every desktop, some on the same person, each followed by a sync killed at a random moment.
    for round_ in range(3):
        for desktop in (oslo, bergen, tromso):
            person = rng.choice(people)
            desktop.ok(
                "person", "update", person["id"], "--phone", f"{desktop.name[:2]}-{round_}-{rng.randrange(10**6)}"
            )
            active = [p for p in pairings if p["status"] == "active"]
            if active and rng.random() < 0.5:
                pairing = active.pop(rng.randrange(len(active)))
                result = desktop.run("pairing", "dissolve", pairing["id"], "--reason", "moved")
                assert result.returncode in (0, 1) and "Traceback" not in result.stderr
            desktop.killed_sync(rng)
        # Deterministic kills at the two riskiest points as well.
        oslo.ok("person", "update", people[0]["id"], "--postcode", f"0{round_}50")
        for point in ("push:after-commit", "pull:before-commit"):
            killed = oslo.run("sync", MENTOR_SYNC_KILL_AT=point)
            assert killed.returncode == -9

    # Re-sync until quiet, taking the server's version of whatever conflicted.
    for _ in range(3):
        for desktop in (oslo, bergen, tromso):
            desktop.ok("sync")
            for conflict in desktop.json("conflicts", "list"):  # type: ignore[union-attr]
                desktop.ok("conflicts", "resolve", conflict["id"], "--keep", "server")
    for desktop in (oslo, bergen, tromso):
        desktop.ok("sync")

    for command in (("person", "list"), ("pairing", "list")):
        outputs = {desktop.name: desktop.ok(*command, "--json") for desktop in (oslo, bergen, tromso)}
        assert len(set(outputs.values())) == 1, f"{command} differs between desktops"

    # And below the lists: every table equal to the server, every operation there once or kept as a conflict.
    expected = server_state(server_url)
    sides = []
    for desktop in (oslo, bergen, tromso):
        side = _LedgerSide(desktop.name, _device_id(desktop, tmp_path), open_database(desktop.db))
        mine = snapshot(side.db)
        assert mine == expected, f"{desktop.name}: {differences(mine, expected)}"
        sides.append(side)
    try:
        ledger_check(server_url, sides)
    finally:
        for side in sides:
            side.db.dispose()


@dataclass
class _LedgerSide:
    name: str
    device_id: str
    db: Database


def _device_id(desktop: CliDesktop, folder: Path) -> str:
    return Installation(folder / f"{desktop.name}-config" / "settings.json").device_id
