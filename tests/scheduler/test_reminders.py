"""Meeting reminders with a controlled clock (no sleeps), sent through a real local SMTP server and read back."""

from __future__ import annotations

from datetime import timedelta

from app.scheduler.jobs import run_once
from app.services.core.context import ServiceContext
from app.services.followup.reminders import list_claims, reminder_kind
from app.services.pairings.meetings_notes import add_meeting, set_meeting_status, update_meeting
from tests.helpers import FakeClock
from tests.scheduler.conftest import SmtpServer, configure_smtp, make_active_pair


def test_windows() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert reminder_kind(now + timedelta(hours=25), now) is None
    assert reminder_kind(now + timedelta(hours=24), now) == "24h"
    assert reminder_kind(now + timedelta(hours=23), now) == "24h"
    assert reminder_kind(now + timedelta(minutes=61), now) == "24h"
    assert reminder_kind(now + timedelta(minutes=60), now) == "1h"
    assert reminder_kind(now + timedelta(minutes=1), now) == "1h"
    assert reminder_kind(now, now) is None
    assert reminder_kind(now - timedelta(minutes=5), now) is None


def test_due_not_due_sent_once_cancelled_and_moved(
    ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer
) -> None:
    configure_smtp(ctx, smtp_server)
    pair = make_active_pair(ctx)
    start = clock.current
    in_25h = add_meeting(ctx, pair.id, start + timedelta(hours=25))
    in_23h = add_meeting(ctx, pair.id, start + timedelta(hours=23))
    in_59m = add_meeting(ctx, pair.id, start + timedelta(minutes=59))
    cancelled = add_meeting(ctx, pair.id, start + timedelta(hours=2))
    set_meeting_status(ctx, cancelled.id, "cancelled", "Mentor is ill")

    first = run_once(ctx, start)
    assert sorted((s["meeting"], s["kind"]) for s in first.sent) == sorted([(in_23h.id, "24h"), (in_59m.id, "1h")])
    assert all(s["to"] == ["kari@example.no", "ola@example.no"] for s in first.sent)
    assert len(smtp_server.inbox.messages) == 4

    # Again at the same time, and again a minute later: nothing new.
    assert run_once(ctx, start).sent == []
    assert run_once(ctx, start + timedelta(minutes=1)).sent == []

    # Two hours later the +25 h meeting is 23 h away; the +59 min one has started; the cancelled one stays quiet.
    later = run_once(ctx, start + timedelta(hours=2))
    assert [(s["meeting"], s["kind"]) for s in later.sent] == [(in_25h.id, "24h")]

    # Moving a meeting resets its reminders: moved a day later, it gets a new 24 h reminder when due.
    update_meeting(ctx, in_23h.id, scheduled_at=start + timedelta(hours=47))
    assert run_once(ctx, start + timedelta(hours=3)).sent == []
    moved = run_once(ctx, start + timedelta(hours=24))
    # …and at the same tick the +25 h meeting is one hour away.
    assert sorted((s["meeting"], s["kind"]) for s in moved.sent) == sorted([(in_23h.id, "24h"), (in_25h.id, "1h")])
    assert run_once(ctx, start + timedelta(hours=24, minutes=30)).sent == []
    hour_before = run_once(ctx, start + timedelta(hours=46, minutes=30))
    assert [(s["meeting"], s["kind"]) for s in hour_before.sent] == [(in_23h.id, "1h")]
    claims = {(c.meeting_id, c.kind) for c in list_claims(ctx)}
    assert (cancelled.id, "1h") not in claims and (cancelled.id, "24h") not in claims


def test_message_is_plain_text_in_the_persons_language(
    ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer
) -> None:
    configure_smtp(ctx, smtp_server)
    pair = make_active_pair(ctx, mentee_language="en")
    add_meeting(ctx, pair.id, clock.current + timedelta(hours=5), modality="phone", duration_minutes=45)
    run_once(ctx, clock.current)
    by_to = {str(m["To"]): m for m in smtp_server.inbox.messages}
    norwegian, english = by_to["kari@example.no"], by_to["ola@example.no"]
    for message in (norwegian, english):
        assert message.get_content_type() == "text/plain"
        assert not message.is_multipart()
        assert message["From"] == "koordinator@example.no"
    nb_body = norwegian.get_payload(decode=True).decode("utf-8")
    en_body = english.get_payload(decode=True).decode("utf-8")
    assert str(norwegian["Subject"]).startswith("Påminnelse: møte ")
    assert str(english["Subject"]).startswith("Reminder: meeting ")
    assert "Hei Kari Nordmann" in nb_body and "Ola Hansen" in nb_body and "45 minutter" in nb_body
    assert "telefon" in nb_body
    assert "Hello Ola Hansen" in en_body and "Kari Nordmann" in en_body and "45 minutes" in en_body
    assert norwegian["Content-Language"] == "nb" and english["Content-Language"] == "en"


def test_mentee_without_email_preference_is_not_mailed(
    ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer
) -> None:
    configure_smtp(ctx, smtp_server)
    pair = make_active_pair(ctx, mentee_wants_email=False)
    add_meeting(ctx, pair.id, clock.current + timedelta(minutes=30))
    result = run_once(ctx, clock.current)
    assert [s["to"] for s in result.sent] == [["kari@example.no"]]
    assert smtp_server.inbox.to() == ["kari@example.no"]


def test_mail_server_down_gives_the_claim_back(ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer) -> None:
    configure_smtp(ctx, smtp_server)
    pair = make_active_pair(ctx)
    meeting = add_meeting(ctx, pair.id, clock.current + timedelta(hours=3))
    port = smtp_server.port
    ctx.installation.set("smtp_port", 1)  # nothing listens there
    down = run_once(ctx, clock.current)
    assert down.sent == [] and [f["meeting"] for f in down.failed] == [meeting.id]
    ctx.installation.set("smtp_port", port)
    again = run_once(ctx, clock.current + timedelta(minutes=1))
    assert [s["meeting"] for s in again.sent] == [meeting.id]


def test_no_mail_server_claims_nothing(ctx: ServiceContext, clock: FakeClock) -> None:
    pair = make_active_pair(ctx)
    add_meeting(ctx, pair.id, clock.current + timedelta(hours=3))
    result = run_once(ctx, clock.current)
    assert result.sent == [] and result.mail_configured is False
    assert list_claims(ctx) == []


def test_environment_overrides_the_settings(
    ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ctx.installation.set("smtp_host", "mail.invalid")
    ctx.installation.set("smtp_from", "settings@example.no")
    monkeypatch.setenv("MENTOR_SMTP_HOST", smtp_server.host)
    monkeypatch.setenv("MENTOR_SMTP_PORT", str(smtp_server.port))
    monkeypatch.setenv("MENTOR_SMTP_FROM", "env@example.no")
    monkeypatch.setenv("MENTOR_SMTP_TLS", "none")
    pair = make_active_pair(ctx)
    add_meeting(ctx, pair.id, clock.current + timedelta(hours=3))
    assert len(run_once(ctx, clock.current).sent) == 1
    assert {str(m["From"]) for m in smtp_server.inbox.messages} == {"env@example.no"}


def test_daily_digest_lists_new_alerts_once(ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer) -> None:
    from app.scheduler.jobs import mailer_for, raise_alerts, send_digest

    configure_smtp(ctx, smtp_server)
    ctx.installation.set("digest_to", "koordinator@example.no")
    make_active_pair(ctx)
    clock.advance(days=15)
    assert [a.kind for a in raise_alerts(ctx, clock.current)] == ["never_met"]
    mailer, sender = mailer_for(ctx)
    assert send_digest(ctx, clock.current, mailer, sender) == 1
    assert send_digest(ctx, clock.current, mailer, sender) == 0  # already mailed
    (digest,) = smtp_server.inbox.messages
    assert str(digest["Subject"]) == "Mentorkoordinator: 1 nye varsler"
    assert "Kari Nordmann – Ola Hansen: aktivt i 15 dager uten et møte" in digest.get_content()
