"""Sending plain-text e-mail with smtplib; settings from the installation, `MENTOR_SMTP_*` variables override."""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, Protocol

from app.errors import InvalidInput

logger = logging.getLogger(__name__)

# installation key, environment variable
SETTINGS = {
    "host": ("smtp_host", "MENTOR_SMTP_HOST"),
    "port": ("smtp_port", "MENTOR_SMTP_PORT"),
    "sender": ("smtp_from", "MENTOR_SMTP_FROM"),
    "user": ("smtp_user", "MENTOR_SMTP_USER"),
    "password": ("smtp_password", "MENTOR_SMTP_PASSWORD"),
    "tls": ("smtp_tls", "MENTOR_SMTP_TLS"),
}
TLS_MODES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = None
    tls: str = "starttls"  # starttls | ssl | none

    def describe(self) -> str:
        """For the start-up log line: never the password."""
        who = f" as {self.user}" if self.user else ""
        return f"smtp://{self.host}:{self.port} ({self.tls}){who}, from {self.sender}"


def smtp_settings(installation: Any, environ: Mapping[str, str] | None = None) -> SmtpSettings | None:
    """The settings in effect, or None when no mail server is configured (reminders are then not sent)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for name, (key, variable) in SETTINGS.items():
        value = environ.get(variable) or installation.get(key)
        values[name] = None if value in (None, "") else value
    if not values["host"]:
        return None
    tls = str(values["tls"] or "starttls").strip().lower()
    tls = {"true": "starttls", "yes": "starttls", "1": "starttls", "false": "none", "no": "none", "0": "none"}.get(
        tls, tls
    )
    if tls not in TLS_MODES:
        raise InvalidInput(f"The mail server's TLS setting '{tls}' is not one of {', '.join(TLS_MODES)}.")
    try:
        port = int(values["port"] or (465 if tls == "ssl" else 587 if tls == "starttls" else 25))
    except ValueError as exc:
        raise InvalidInput(f"The mail server's port '{values['port']}' is not a number.") from exc
    if not values["sender"]:
        raise InvalidInput("Set the sender address of reminders (smtp_from or MENTOR_SMTP_FROM).")
    return SmtpSettings(
        host=str(values["host"]),
        port=port,
        sender=str(values["sender"]),
        user=values["user"],
        password=values["password"],
        tls=tls,
    )


class Mailer(Protocol):
    def send(self, messages: list[EmailMessage]) -> list[str | None]:
        """Send each message; per message None when accepted, else the error text."""


def plain_message(sender: str, to: str, subject: str, body: str, language: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)  # text/plain; charset=utf-8 (set_content drops Content-* headers set before it)
    message["Content-Language"] = "nb" if language == "nb" else "en"
    return message


class SmtpMailer:
    """One connection per batch of messages."""

    def __init__(self, settings: SmtpSettings, timeout: float = 20.0) -> None:
        self.settings = settings
        self.timeout = timeout

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.tls == "ssl":
            return smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=ssl.create_default_context())
        client = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
        if s.tls == "starttls":
            client.starttls(context=ssl.create_default_context())
        return client

    def send(self, messages: list[EmailMessage]) -> list[str | None]:
        if not messages:
            return []
        try:
            client = self._connect()
        except (OSError, smtplib.SMTPException) as exc:
            reason = f"mail server {self.settings.host}:{self.settings.port} unreachable: {exc}"
            return [reason] * len(messages)
        results: list[str | None] = []
        try:
            if self.settings.user:
                client.login(self.settings.user, self.settings.password or "")
            for message in messages:
                try:
                    client.send_message(message)
                    results.append(None)
                except smtplib.SMTPException as exc:
                    results.append(f"refused: {exc}")
        except (OSError, smtplib.SMTPException) as exc:
            results.extend([f"mail server error: {exc}"] * (len(messages) - len(results)))
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()
        return results
