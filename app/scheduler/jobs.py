"""The scheduler's jobs, each one pass at a given `now`: reminders, alerts (with the optional daily digest), sync.

The same functions run in `reminders run-once`, in the headless `scheduler run` and in the desktop's background
scheduler. They take a service context and a clock value, so tests drive them with a controlled clock.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from app.localtime import to_local
from app.scheduler.mail import Mailer, SmtpMailer, plain_message, smtp_settings
from app.scheduler.texts import clock_time, long_date, text
from app.services.core.context import ServiceContext
from app.services.followup.alerts import AlertRow, mark_digested, refresh_alerts, undigested_alerts
from app.services.followup.reminders import DueReminder, Outcome, claim_due_reminders, record_outcomes

logger = logging.getLogger(__name__)


def worker_name() -> str:
    """Who claimed a reminder, for whoever reads the table later."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class PassResult:
    sent: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[AlertRow] = field(default_factory=list)
    mail_configured: bool = True

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "alerts": [
                {
                    "id": a.id,
                    "kind": a.kind,
                    "pairing": a.pairing,
                    "programme": a.programme,
                    "subject": a.subject or None,
                    "mentor_name": a.mentor_name,
                    "mentee_name": a.mentee_name,
                    "details": a.details,
                    "raised_at": a.raised_at.isoformat(),
                }
                for a in self.alerts
            ],
            "mail_configured": self.mail_configured,
        }


def reminder_message(reminder: DueReminder, recipient_index: int, sender: str) -> EmailMessage:
    person = reminder.recipients[recipient_index]
    language = person.language
    local = to_local(reminder.scheduled_at)  # Norwegian time, with its summer time rules, wherever this runs
    other = reminder.mentee_name if person.role == "mentor" else reminder.mentor_name
    when = long_date(local, language)
    subject = text(language, f"subject.{reminder.kind}", when=when, time=clock_time(local))
    body = "\n\n".join(
        [
            text(language, "greeting", name=person.name),
            text(language, f"body.{reminder.kind}", other=other, when=when, time=clock_time(local)),
            text(
                language,
                "details",
                when=when,
                minutes=reminder.duration_minutes,
                modality=text(language, f"modality.{reminder.modality}"),
            ),
            text(language, "closing"),
        ]
    )
    return plain_message(sender, person.email, subject, body + "\n", language)


def send_reminders(ctx: ServiceContext, now: datetime, mailer: Mailer | None, sender: str) -> PassResult:
    """Claim what is due, send it, record the outcome. Without a mail server nothing is claimed."""
    result = PassResult(mail_configured=mailer is not None)
    if mailer is None:
        return result
    outcomes: list[Outcome] = []
    for reminder in claim_due_reminders(ctx, now, worker=worker_name()):
        messages = [reminder_message(reminder, i, sender) for i in range(len(reminder.recipients))]
        results = mailer.send(messages)
        delivered = [r.email for r, error in zip(reminder.recipients, results, strict=True) if error is None]
        errors = [f"{r.email}: {error}" for r, error in zip(reminder.recipients, results, strict=True) if error]
        if messages and not delivered:
            outcomes.append(Outcome(reminder.claim_id, [], "; ".join(errors), release=True))
            logger.warning("reminder %s for meeting %s not sent, will retry: %s", reminder.kind, reminder.meeting_id,
                           "; ".join(errors))  # fmt: skip
            result.failed.append({"meeting": reminder.meeting_id, "kind": reminder.kind, "errors": errors})
            continue
        outcomes.append(Outcome(reminder.claim_id, delivered, "; ".join(errors) or None))
        # Logs carry ids and counts, not addresses (DESIGN.md §3, privacy).
        logger.info(
            "reminder %s sent for meeting %s to %d recipient(s)%s",
            reminder.kind,
            reminder.meeting_id,
            len(delivered),
            f", {len(errors)} failed" if errors else "",
        )
        result.sent.append({"meeting": reminder.meeting_id, "kind": reminder.kind, "to": delivered})
    record_outcomes(ctx, now, outcomes)
    return result


def mailer_for(ctx: ServiceContext) -> tuple[Mailer | None, str]:
    settings = smtp_settings(ctx.installation)
    if settings is None:
        return None, ""
    return SmtpMailer(settings), settings.sender


def run_once(ctx: ServiceContext, now: datetime, mailer: Mailer | None = None, sender: str | None = None) -> PassResult:
    """One reminder pass and one alert pass (what `reminders run-once` does)."""
    if mailer is None:
        mailer, configured_sender = mailer_for(ctx)
        sender = sender or configured_sender
    result = send_reminders(ctx, now, mailer, sender or "")
    result.alerts = raise_alerts(ctx, now)
    return result


def raise_alerts(ctx: ServiceContext, now: datetime) -> list[AlertRow]:
    raised = refresh_alerts(ctx, now)
    for alert in raised:
        logger.info("alert %s raised for pairing %s", alert.kind, alert.pairing)
    return raised


def condition_days(alert: AlertRow, now: datetime) -> int:
    """How long the condition has held: since the last activity, the proposal or the activation."""
    started = next(
        (alert.details[key] for key in ("last_activity", "since", "activated_at") if alert.details.get(key)), None
    )
    moment = datetime.fromisoformat(started) if started else alert.raised_at
    return max(0, (now - moment).days)


def send_digest(ctx: ServiceContext, now: datetime, mailer: Mailer | None, sender: str) -> int:
    """One e-mail to the coordinator (installation setting `digest_to`) listing alerts not yet mailed."""
    to = ctx.installation.get("digest_to")
    if mailer is None or not to:
        return 0
    alerts = undigested_alerts(ctx)
    if not alerts:
        return 0
    language = str(ctx.installation.get("language") or "nb")[:2]
    language = language if language in ("nb", "en") else "nb"
    lines = [text(language, "digest.intro"), ""]
    for alert in alerts:
        lines.append(
            "- "
            + text(
                language,
                f"alert.{alert.kind}",
                pair=f"{alert.mentor_name} – {alert.mentee_name}",
                days=condition_days(alert, now),
                title=alert.details.get("title", ""),
                due=alert.details.get("due", ""),
            )
        )
    message = plain_message(
        sender, str(to), text(language, "digest.subject", count=len(alerts)), "\n".join(lines) + "\n", language
    )
    if mailer.send([message])[0] is None:
        mark_digested(ctx, [a.id for a in alerts], now)
        logger.info("alert digest sent with %d alert(s)", len(alerts))
        return len(alerts)
    logger.warning("alert digest not sent; will retry")
    return 0


def sync_if_configured(ctx: ServiceContext) -> bool:
    """Periodic sync when this installation has a server and works on a local (SQLite) database."""
    from app.sync.engine import run_sync, syncs_locally

    url = ctx.installation.server_url
    if not url or not syncs_locally(ctx):
        return False

    report = run_sync(ctx, url)
    logger.info("sync: pushed %d, pulled %d, %d conflict(s)", report.pushed, report.pulled, report.conflicts)
    return True
