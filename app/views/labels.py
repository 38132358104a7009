"""Translated words for the domain's codes (statuses, reasons, visibilities…) and Norwegian-aware sort keys."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

# The codes each vocabulary offers in a form, in the order shown (a test keeps them equal to app.models.enums).
DISSOLUTION_REASONS = ("not_progressing", "mentee_withdrew", "mentor_unavailable", "incompatible", "moved", "other")
NOTE_VISIBILITIES = ("coordinator", "mentor", "all")
MODALITIES = ("in_person", "phone", "video")
MENTOR_ROLES = ("mentor", "senior_mentor", "trainee")
MENTOR_STATES = ("applied", "approved", "paused", "withdrawn")
MENTEE_STATES = ("waiting", "matched", "withdrawn")
PROGRAMME_STATES = ("draft", "open", "matching", "active", "completed")
MILESTONE_STATUSES = ("pending", "in_progress", "completed")
# States a form offers next to the current one (the services refuse anything else with a readable message).
MENTOR_NEXT_STATES = {
    "applied": ("approved", "withdrawn"),
    "approved": ("paused", "withdrawn"),
    "paused": ("approved", "withdrawn"),
    "withdrawn": (),
}
MENTEE_SETTABLE_STATES = ("waiting", "withdrawn")


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def health_label(code: str) -> str:
    return {
        "on_track": _t("On track"),
        "needs_attention": _t("Needs attention"),
        "stalled": _t("Stalled"),
        "proposed": _t("Proposed"),
        "completed": _t("Programme complete"),
        "dissolved": _t("Dissolved"),
        "declined": _t("Declined"),
    }.get(code, code)


def pairing_status_label(code: str) -> str:
    return {
        "proposed": _t("Proposed"),
        "active": _t("Active"),
        "completed": _t("Programme complete"),
        "dissolved": _t("Dissolved"),
        "declined": _t("Declined"),
    }.get(code, code)


def milestone_status_label(code: str) -> str:
    return {"pending": _t("Pending"), "in_progress": _t("In progress"), "completed": _t("Completed")}.get(code, code)


def reason_label(code: str | None) -> str:
    if not code:
        return ""
    return {
        "not_progressing": _t("Not progressing"),
        "mentee_withdrew": _t("Mentee withdrew"),
        "mentor_unavailable": _t("Mentor unavailable"),
        "incompatible": _t("Incompatible"),
        "moved": _t("Moved away"),
        "other": _t("Other reason"),
    }.get(code, code)


def visibility_label(code: str) -> str:
    return {
        "all": _t("Mentor and mentee"),
        "mentor": _t("Mentor and coordinators"),
        "coordinator": _t("Coordinators only"),
    }.get(code, code)


def modality_label(code: str) -> str:
    return {"in_person": _t("In person"), "phone": _t("Phone"), "video": _t("Video")}.get(code, code)


def meeting_status_label(code: str) -> str:
    return {
        "scheduled": _t("Scheduled"),
        "completed": _t("Held"),
        "cancelled": _t("Cancelled"),
        "no_show": _t("Nobody came"),
    }.get(code, code)


def mentor_state_label(code: str) -> str:
    return {
        "applied": _t("Applied"),
        "approved": _t("Approved"),
        "paused": _t("Paused"),
        "withdrawn": _t("Withdrawn"),
    }.get(code, code)


def mentee_state_label(code: str) -> str:
    return {"waiting": _t("Waiting"), "matched": _t("Matched"), "withdrawn": _t("Withdrawn")}.get(code, code)


def role_label(code: str) -> str:
    return {
        "mentor": _t("Mentor"),
        "senior_mentor": _t("Senior mentor"),
        "trainee": _t("Trainee mentor"),
        "mentee": _t("Mentee"),
    }.get(code, code)


def programme_state_label(code: str) -> str:
    return {
        "draft": _t("Draft"),
        "open": _t("Open for applications"),
        "matching": _t("Matching"),
        "active": _t("Active"),
        "completed": _t("Completed"),
    }.get(code, code)


def availability_label(code: str | None) -> str:
    return {"available": _t("Available"), "unavailable": _t("Unavailable")}.get(code or "", code or "")


def day_label(code: str) -> str:
    return {
        "mon": _t("Monday"),
        "tue": _t("Tuesday"),
        "wed": _t("Wednesday"),
        "thu": _t("Thursday"),
        "fri": _t("Friday"),
        "sat": _t("Saturday"),
        "sun": _t("Sunday"),
    }.get(code, code)


def part_of_day_label(code: str) -> str:
    return {"morning": _t("Morning"), "afternoon": _t("Afternoon"), "evening": _t("Evening")}.get(code, code)


def slot_label(slot: str) -> str:
    day, part = slot.split("_", 1)
    return f"{day_label(day)} {part_of_day_label(part).lower()}"


def format_date(value: date | datetime | None) -> str:
    """A date in the user's locale (dd.MM.yyyy in Norwegian)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale configured: ISO dates rather than "14 08 2026"
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    """A moment in local time, in the user's locale."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    if QLocale().language() == QLocale.Language.C:
        return moment.toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def days_ago_text(days: int) -> str:
    if days <= 0:
        return _t("today")
    if days == 1:
        return _t("yesterday")
    return _t("{n} days ago").format(n=days)


# Bokmål sorts æ, ø and å after z, in that order (ä and ö as æ and ø, ü as y, é as e); plain code-point order
# would put å before æ.
_NORWEGIAN_ORDER = str.maketrans(
    {"æ": "\ufff0", "ä": "\ufff0", "ø": "\ufff1", "ö": "\ufff1", "å": "\ufff2", "ü": "y", "é": "e", "è": "e"}
)


def sort_text(text: str | None) -> str:
    """A case-insensitive sort key that puts Norwegian letters where a Norwegian reader expects them."""
    return (text or "").casefold().translate(_NORWEGIAN_ORDER)


def prefers_norwegian() -> bool:
    """Catalogue entries carry English and Norwegian names; show the one matching the user's language."""
    return QLocale().language() in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk)
