"""At most once across processes and restarts; alerts raised once when they start."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

from app.db import open_database
from app.scheduler.jobs import raise_alerts, send_reminders
from app.services.core.context import ServiceContext
from app.services.followup.alerts import dismiss_alerts, list_alerts, open_alert_count
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.services.pairings.pairings import create_pairing
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme
from tests.scheduler.conftest import RecordingMailer, make_active_pair


def other_process(ctx: ServiceContext, clock: FakeClock) -> ServiceContext:
    """A second scheduler: its own engine and connections on the same database."""
    return ServiceContext(db=open_database(ctx.db.url), actor="scheduler", device_id="other", clock=clock)


def test_two_schedulers_racing_send_each_reminder_once(ctx: ServiceContext, clock: FakeClock) -> None:
    programme = make_programme(ctx, capacity=20).id
    meetings = []
    for index in range(6):
        pair = make_active_pair(ctx, programme=programme, mentor_email=f"m{index}@example.no",
                                mentee_email=f"e{index}@example.no")  # fmt: skip
        for hours in (0.5, 3, 20):
            meetings.append(add_meeting(ctx, pair.id, clock.current + timedelta(hours=hours)).id)
    contexts = [other_process(ctx, clock) for _ in range(2)]
    mailers = [RecordingMailer() for _ in contexts]
    barrier = threading.Barrier(len(contexts))
    errors: list[BaseException] = []

    def tick(index: int) -> None:
        try:
            barrier.wait()
            for step in range(3):  # a few passes each, interleaved
                send_reminders(contexts[index], clock.current + timedelta(seconds=step), mailers[index], "k@example.no")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=tick, args=(i,)) for i in range(len(contexts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for other in contexts:
        other.db.dispose()
    assert errors == []
    sent = Counter((str(m["To"]), str(m["Subject"])) for mailer in mailers for m in mailer.messages)
    assert len(sent) == len(meetings) * 2  # mentor and mentee of each meeting, once each
    assert set(sent.values()) == {1}


def test_restart_between_ticks_sends_nothing_again(ctx: ServiceContext, clock: FakeClock) -> None:
    pair = make_active_pair(ctx)
    add_meeting(ctx, pair.id, clock.current + timedelta(hours=2))
    first = other_process(ctx, clock)
    mailer = RecordingMailer()
    assert len(send_reminders(first, clock.current, mailer, "k@example.no").sent) == 1
    first.db.dispose()  # the process stops…
    clock.advance(minutes=5)
    second = other_process(ctx, clock)  # …and a new one starts on the same database
    assert send_reminders(second, clock.current, mailer, "k@example.no").sent == []
    clock.advance(hours=1, minutes=10)
    assert [s["kind"] for s in send_reminders(second, clock.current, mailer, "k@example.no").sent] == ["1h"]
    second.db.dispose()
    assert len(mailer.messages) == 4


def test_alerts_are_raised_once_when_they_start(ctx: ServiceContext, clock: FakeClock) -> None:
    programme = make_programme(ctx, capacity=5).id
    quiet = make_active_pair(ctx, programme=programme, mentor_email="a@example.no", mentee_email="b@example.no")
    mentor = make_mentor(ctx, programme, "Per Proposal", email="p@example.no")
    proposed = create_pairing(ctx, programme=programme, mentor=mentor.id, mentee=make_mentee(ctx, programme, "Mia").id)
    assert raise_alerts(ctx, clock.current) == []

    clock.advance(days=8)
    assert [a.kind for a in raise_alerts(ctx, clock.current)] == ["proposal_waiting"]
    assert raise_alerts(ctx, clock.current + timedelta(hours=1)) == []  # not every tick

    clock.advance(days=7)  # 15 days active, never met
    raised = raise_alerts(ctx, clock.current)
    assert [(a.kind, a.pairing) for a in raised] == [("never_met", quiet.id)]
    assert raised[0].mentor_name == "Kari Nordmann" and raised[0].mentee_name == "Ola Hansen"

    clock.advance(days=14)  # 29 days without activity: stalled (red threshold 28)
    assert [a.kind for a in raise_alerts(ctx, clock.current)] == ["stalled"]
    assert raise_alerts(ctx, clock.current) == []

    # Activity ends the stall; stalling again later is a new episode and a new alert.
    add_note(ctx, quiet.id, "Talked to both.")
    assert raise_alerts(ctx, clock.current) == []
    clock.advance(days=29)
    assert [a.kind for a in raise_alerts(ctx, clock.current)] == ["stalled"]
    kinds = Counter(a.kind for a in list_alerts(ctx))
    assert kinds == {"proposal_waiting": 1, "never_met": 1, "stalled": 1}
    assert {a.pairing for a in list_alerts(ctx) if a.kind == "proposal_waiting"} == {proposed.id}

    assert open_alert_count(ctx) == 3
    assert dismiss_alerts(ctx, [a.id for a in list_alerts(ctx) if a.kind == "stalled"]) == 1
    assert open_alert_count(ctx) == 2
    assert dismiss_alerts(ctx) == 2
    assert list_alerts(ctx) == []


def test_overdue_milestone_alert(ctx: ServiceContext, clock: FakeClock) -> None:
    from sqlalchemy import update

    from app.models import PairingMilestone

    pair = make_active_pair(ctx)
    with ctx.transaction() as session:
        session.execute(
            update(PairingMilestone)
            .where(PairingMilestone.pairing_id == pair.id, PairingMilestone.title == "First meeting")
            .values(due_date=(clock.current + timedelta(days=3)).date())
        )
    add_meeting(ctx, pair.id, clock.current - timedelta(hours=1), status="completed")
    assert raise_alerts(ctx, clock.current) == []
    clock.advance(days=4)
    raised = raise_alerts(ctx, clock.current)
    assert [(a.kind, a.details["title"]) for a in raised] == [("milestone_overdue", "First meeting")]
    assert raise_alerts(ctx, clock.current) == []


def test_two_processes_raise_an_alert_once(ctx: ServiceContext, clock: FakeClock) -> None:
    programme = make_programme(ctx, capacity=30).id
    for index in range(10):
        make_active_pair(ctx, programme=programme, mentor_email=f"m{index}@example.no",
                         mentee_email=f"e{index}@example.no")  # fmt: skip
    clock.advance(days=15)
    contexts = [other_process(ctx, clock) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def tick(index: int) -> None:
        try:
            barrier.wait()
            results[index] = [a.pairing for a in raise_alerts(contexts[index], clock.current)]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=tick, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for other in contexts:
        other.db.dispose()
    assert errors == []
    assert len(results[0]) + len(results[1]) == 10
    assert len(list_alerts(ctx)) == 10
