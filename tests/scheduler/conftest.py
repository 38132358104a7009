"""Scheduler fixtures: a real local SMTP server (aiosmtpd) whose messages the test reads back, and a pairing."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage, Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import update

from app.models import Person
from app.services.core.context import ServiceContext
from app.services.pairings.pairings import activate_pairing, create_pairing
from tests.cli.conftest import cli  # noqa: F401 (the in-process command fixture)
from tests.helpers import make_mentee, make_mentor, make_programme
from tests.views.conftest import open_window, sqlite_ctx  # noqa: F401 (desktop fixtures)


class Inbox:
    """aiosmtpd handler keeping every accepted message."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self) -> list[str]:
        return sorted(str(m["To"]) for m in self.messages)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class SmtpServer:
    host: str
    port: int
    inbox: Inbox


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, inbox)
    finally:
        controller.stop()


def configure_smtp(ctx: ServiceContext, server: SmtpServer) -> None:
    ctx.installation.set("smtp_host", server.host)
    ctx.installation.set("smtp_port", server.port)
    ctx.installation.set("smtp_from", "koordinator@example.no")
    ctx.installation.set("smtp_tls", "none")


class RecordingMailer:
    """Accepts everything and keeps it (for races and benchmarks where a socket per message would dominate)."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()

    def send(self, messages: list[EmailMessage]) -> list[str | None]:
        with self.lock:
            self.messages.extend(messages)
        return [None] * len(messages)


@dataclass
class Pair:
    id: str
    programme: str
    mentor: str
    mentee: str


def set_person(ctx: ServiceContext, person_id: str, **values: Any) -> None:
    """Languages and contact preferences have no service setter yet; tests set them on the row."""
    with ctx.transaction() as session:
        session.execute(update(Person).where(Person.id == person_id).values(**values))


def make_active_pair(
    ctx: ServiceContext,
    *,
    programme: str | None = None,
    mentor_email: str = "kari@example.no",
    mentee_email: str = "ola@example.no",
    mentee_wants_email: bool = True,
    mentee_language: str = "nb",
) -> Pair:
    programme = programme or make_programme(ctx).id
    mentor = make_mentor(ctx, programme, "Kari Nordmann", email=mentor_email)
    mentee = make_mentee(ctx, programme, "Ola Hansen", email=mentee_email)
    set_person(
        ctx, mentee.id, contact_preferences=["email"] if mentee_wants_email else ["phone"], languages=[mentee_language]
    )
    pairing = create_pairing(ctx, programme=programme, mentor=mentor.id, mentee=mentee.id)
    activate_pairing(ctx, pairing.id)
    return Pair(pairing.id, programme, mentor.id, mentee.id)
