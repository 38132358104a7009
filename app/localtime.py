"""Local wall-clock times (Europe/Oslo) as people type and read them; stored values stay UTC."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.errors import InvalidInput

OSLO = ZoneInfo("Europe/Oslo")
INPUT_FORMAT = "%Y-%m-%d %H:%M"


def parse_local(text: str, what: str = "The time") -> datetime:
    """'YYYY-MM-DD HH:MM' in Oslo time → an aware datetime (a time skipped by the spring change is refused)."""
    try:
        naive = datetime.strptime((text or "").strip(), INPUT_FORMAT)
    except ValueError:
        raise InvalidInput(f"{what} must look like 2026-03-10 18:00 (YYYY-MM-DD HH:MM), not '{text}'.") from None
    local = naive.replace(tzinfo=OSLO)
    # A wall time that does not exist (02:30 on the spring-forward night) does not survive a round trip.
    if local.astimezone(ZoneInfo("UTC")).astimezone(OSLO).replace(tzinfo=None) != naive:
        raise InvalidInput(f"{what} {text} does not exist in Norway (the clocks skip it).")
    return local


def to_local(value: datetime) -> datetime:
    return value.astimezone(OSLO)


def show_local(value: datetime | None) -> str:
    return "" if value is None else to_local(value).strftime(INPUT_FORMAT)
