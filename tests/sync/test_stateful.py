"""Three desktops, random operations, random sync order, random faults; then everyone converges, nothing lost.

Hypothesis drives the desktops. At the end every desktop resolves what is left (keeping the server's version),
syncs until quiet, and the ledger check runs: outboxes empty, every operation on the server exactly once or kept
as a conflict or refusal, every desktop equal to the server, and the server's invariants hold.
`MENTOR_STATEFUL_EXAMPLES` sets how many random runs (default 8, so `make test` stays quick).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import text

from app.db import make_engine
from app.errors import DomainError
from app.services.pairings.pairings import activate_pairing, create_pairing, decline_pairing, dissolve_pairing
from app.services.people.people import update_person
from app.services.people.rules import PersonFields
from app.sync.conflicts import resolve_conflict
from app.sync.engine import POINTS
from app.sync.errors import SyncError
from app.sync.server_setup import init_server
from tests.helpers import FakeClock, _admin, pg_url, require_postgres
from tests.sync.desktops import Cut, Desktop, differences, ledger_check, server_state

pytestmark = pytest.mark.postgres

EXAMPLES = int(os.environ.get("MENTOR_STATEFUL_EXAMPLES", "8"))


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> str:
    require_postgres()
    name = f"mc_sync_tmpl_{uuid.uuid4().hex[:10]}"
    _admin(f'CREATE DATABASE "{name}"')
    init_server(pg_url(name))
    yield name
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ThreeDesktops(RuleBasedStateMachine):
    people = Bundle("people")
    pairings = Bundle("pairings")

    template: str
    sqlite_template: Path
    workdir: Path

    @initialize()
    def start(self) -> None:
        self.server_name = f"mc_sync_{uuid.uuid4().hex[:12]}"
        _admin(f'CREATE DATABASE "{self.server_name}" TEMPLATE "{self.template}"')
        self.server_url = pg_url(self.server_name)
        self.clock = FakeClock()
        folder = self.workdir / self.server_name
        folder.mkdir()
        self.desktops = [
            Desktop(name, folder, self.sqlite_template, self.server_url, self.clock)
            for name in ("Oslo office", "Bergen office", "Tromsø office")
        ]
        from tests.helpers import make_programme

        self.programme = make_programme(self.desktops[0].ctx, "Likeperson", capacity=2).id
        for desktop in self.desktops:
            desktop.sync()

    def teardown(self) -> None:
        desktops = getattr(self, "desktops", [])
        try:
            if desktops:
                self._converge()
        finally:
            for desktop in desktops:
                desktop.close()
            if hasattr(self, "server_name"):
                _admin(f'DROP DATABASE IF EXISTS "{self.server_name}" WITH (FORCE)')
                shutil.rmtree(self.workdir / self.server_name, ignore_errors=True)

    def _converge(self) -> None:
        for _ in range(6):
            for desktop in self.desktops:
                desktop.resolve_all("server")
                desktop.sync()
            if all(not d.conflicts() and d.unsent() == 0 for d in self.desktops):
                break
        for desktop in self.desktops:
            desktop.sync()
        expected = server_state(self.server_url)
        for desktop in self.desktops:
            assert desktop.state() == expected, f"{desktop.name} differs: {differences(desktop.state(), expected)}"
        ledger_check(self.server_url, self.desktops)
        engine = make_engine(self.server_url)
        try:
            with engine.connect() as connection:
                over = connection.execute(
                    text(
                        "SELECT p.mentor_id FROM mentor_pairings p JOIN mentor_profiles m "
                        "ON m.person_id = p.mentor_id AND m.programme_id = p.programme_id "
                        "WHERE p.status IN ('proposed', 'active') AND p.deleted_at IS NULL "
                        "GROUP BY p.mentor_id, m.capacity HAVING count(*) > m.capacity"
                    )
                ).all()
                twice = connection.execute(
                    text(
                        "SELECT mentee_id FROM mentor_pairings WHERE status IN ('proposed', 'active') "
                        "AND deleted_at IS NULL GROUP BY programme_id, mentee_id HAVING count(*) > 1"
                    )
                ).all()
        finally:
            engine.dispose()
        assert not over and not twice

    def _try(self, action: object) -> object | None:
        try:
            return action()  # type: ignore[operator]
        except DomainError:
            return None  # refused locally (unknown here yet, wrong state, full): a coordinator sees a message

    @rule(target=people, desktop=st.integers(0, 2), role=st.sampled_from(["mentor", "mentee"]))
    def add_person(self, desktop: int, role: str) -> str:
        from tests.helpers import make_mentee, make_mentor

        name = f"Person {uuid.uuid4().hex[:6]}"
        ctx = self.desktops[desktop].ctx
        made = (
            make_mentor(ctx, self.programme, name, capacity=1)
            if role == "mentor"
            else make_mentee(ctx, self.programme, name)
        )
        return made.id

    @rule(desktop=st.integers(0, 2), person=people)
    def change_phone(self, desktop: int, person: str) -> None:
        phone = f"9{uuid.uuid4().int % 10**7:07d}"  # unique: a lost or doubled change cannot hide behind a repeat
        self._try(lambda: update_person(self.desktops[desktop].ctx, person, PersonFields(phone=phone)))

    @rule(target=pairings, desktop=st.integers(0, 2), mentor=people, mentee=people)
    def propose(self, desktop: int, mentor: str, mentee: str) -> str:
        made = self._try(
            lambda: create_pairing(self.desktops[desktop].ctx, programme=self.programme, mentor=mentor, mentee=mentee)
        )
        return made.id if made is not None else "none"  # type: ignore[attr-defined]

    @rule(desktop=st.integers(0, 2), pairing=pairings, action=st.sampled_from(["activate", "dissolve", "decline"]))
    def move_pairing(self, desktop: int, pairing: str, action: str) -> None:
        ctx = self.desktops[desktop].ctx
        if action == "activate":
            self._try(lambda: activate_pairing(ctx, pairing))
        elif action == "dissolve":
            self._try(lambda: dissolve_pairing(ctx, pairing, "incompatible"))
        else:
            self._try(lambda: decline_pairing(ctx, pairing))

    @rule(desktop=st.integers(0, 2), fault=st.sampled_from([None, *POINTS]))
    def sync(self, desktop: int, fault: str | None) -> None:
        def cut(point: str) -> None:
            if point == fault:
                raise Cut(point)

        with contextlib.suppress(Cut, SyncError):  # the network failed: the next sync carries on
            self.desktops[desktop].sync(faults=cut)

    @rule(desktop=st.integers(0, 2), keep=st.sampled_from(["local", "server"]))
    def resolve(self, desktop: int, keep: str) -> None:
        for conflict in self.desktops[desktop].conflicts():
            self._try(lambda c=conflict: resolve_conflict(self.desktops[desktop].ctx, c.id, keep))

    @rule(days=st.integers(1, 3))
    def time_passes(self, days: int) -> None:
        self.clock.advance(days=days)


def test_three_desktops_with_random_work_and_faults_converge(
    server_template: str, sqlite_template: Path, tmp_path: Path
) -> None:
    ThreeDesktops.template = server_template
    ThreeDesktops.sqlite_template = sqlite_template
    ThreeDesktops.workdir = tmp_path
    run_state_machine_as_test(
        ThreeDesktops,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
