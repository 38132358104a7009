"""Sync failures as sentences a coordinator can act on; the local database is untouched by any of them."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from app.errors import DomainError


class SyncError(DomainError):
    """Sync could not run or finish; local work is unaffected and the next sync carries on where this one stopped."""


def display_url(url: str) -> str:
    """The server URL without its password, for messages and JSON."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is shown as given, minus anything after a colon before '@'
        return url.split("@")[-1]


def connection_message(exc: BaseException, url: str) -> str:
    """Turn a driver's connection error into one sentence."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    lowered = text.lower()
    where = display_url(url)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"The server at {where} refused the user name or password; check the server address in Settings."
    if "does not exist" in lowered and "database" in lowered:
        return f"The server at {where} has no such database; check the server address, or run `server init` there."
    if "role" in lowered and "does not exist" in lowered:
        return f"The server at {where} does not know this user; check the server address in Settings."
    if "permission denied" in lowered:
        return f"The server at {where} does not allow this user to sync ({text.splitlines()[0]})."
    if (
        "connection refused" in lowered
        or "could not connect" in lowered
        or "timeout" in lowered
        or "name or service not known" in lowered
        or "server closed the connection" in lowered
        or "terminating connection" in lowered
        or "connection is lost" in lowered
        or "consuming input failed" in lowered
        or "the database system is" in lowered
    ):
        return (
            f"The server at {where} cannot be reached right now; your changes are kept on this computer and will be "
            "sent at the next sync."
        )
    first = text.splitlines()[0] if text else type(exc).__name__
    return f"Sync with {where} stopped: {first}. Your changes are kept on this computer; try again later."
