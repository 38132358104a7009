"""Translated words for the domain's codes (statuses, reasons, visibilities…) and Norwegian-aware sort keys."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone


def health_label(code: str) -> str:
    return {
        "on_track": QCoreApplication.translate("Labels", "On track"),
        "needs_attention": QCoreApplication.translate("Labels", "Needs attention"),
        "stalled": QCoreApplication.translate("Labels", "Stalled"),
        "proposed": QCoreApplication.translate("Labels", "Proposed"),
        "completed": QCoreApplication.translate("Labels", "Programme complete"),
        "dissolved": QCoreApplication.translate("Labels", "Dissolved"),
        "declined": QCoreApplication.translate("Labels", "Declined"),
    }.get(code, code)


def pairing_status_label(code: str) -> str:
    return {
        "proposed": QCoreApplication.translate("Labels", "Proposed"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "completed": QCoreApplication.translate("Labels", "Programme complete"),
        "dissolved": QCoreApplication.translate("Labels", "Dissolved"),
        "declined": QCoreApplication.translate("Labels", "Declined"),
    }.get(code, code)


def milestone_status_label(code: str) -> str:
    return {
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
    }.get(code, code)


def reason_label(code: str | None) -> str:
    if not code:
        return ""
    return {
        "not_progressing": QCoreApplication.translate("Labels", "Not progressing"),
        "mentee_withdrew": QCoreApplication.translate("Labels", "Mentee withdrew"),
        "mentor_unavailable": QCoreApplication.translate("Labels", "Mentor unavailable"),
        "incompatible": QCoreApplication.translate("Labels", "Incompatible"),
        "moved": QCoreApplication.translate("Labels", "Moved away"),
        "other": QCoreApplication.translate("Labels", "Other reason"),
    }.get(code, code)


def visibility_label(code: str) -> str:
    return {
        "all": QCoreApplication.translate("Labels", "Mentor and mentee"),
        "mentor": QCoreApplication.translate("Labels", "Mentor and coordinators"),
        "coordinator": QCoreApplication.translate("Labels", "Coordinators only"),
    }.get(code, code)


def modality_label(code: str) -> str:
    return {
        "in_person": QCoreApplication.translate("Labels", "In person"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "video": QCoreApplication.translate("Labels", "Video"),
    }.get(code, code)


def contact_label(code: str) -> str:
    """How a person wants to be reached."""
    return {
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "braille": QCoreApplication.translate("Labels", "Braille"),
        "large_print": QCoreApplication.translate("Labels", "Large print"),
        "audio": QCoreApplication.translate("Labels", "Audio"),
    }.get(code, code)


def meeting_status_label(code: str) -> str:
    return {
        "scheduled": QCoreApplication.translate("Labels", "Scheduled"),
        "completed": QCoreApplication.translate("Labels", "Held"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        "no_show": QCoreApplication.translate("Labels", "Nobody came"),
    }.get(code, code)


def mentor_state_label(code: str) -> str:
    return {
        "applied": QCoreApplication.translate("Labels", "Applied"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "paused": QCoreApplication.translate("Labels", "Paused"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
    }.get(code, code)


def mentee_state_label(code: str) -> str:
    return {
        "waiting": QCoreApplication.translate("Labels", "Waiting"),
        "matched": QCoreApplication.translate("Labels", "Matched"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
    }.get(code, code)


def role_label(code: str) -> str:
    return {
        "mentor": QCoreApplication.translate("Labels", "Mentor"),
        "senior_mentor": QCoreApplication.translate("Labels", "Senior mentor"),
        "trainee": QCoreApplication.translate("Labels", "Trainee mentor"),
        "mentee": QCoreApplication.translate("Labels", "Mentee"),
    }.get(code, code)


def programme_state_label(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "open": QCoreApplication.translate("Labels", "Open for applications"),
        "matching": QCoreApplication.translate("Labels", "Matching"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
    }.get(code, code)


def availability_label(code: str | None) -> str:
    return {
        "available": QCoreApplication.translate("Labels", "Available"),
        "unavailable": QCoreApplication.translate("Labels", "Unavailable"),
    }.get(code or "", code or "")


def day_label(code: str) -> str:
    return {
        "mon": QCoreApplication.translate("Labels", "Monday"),
        "tue": QCoreApplication.translate("Labels", "Tuesday"),
        "wed": QCoreApplication.translate("Labels", "Wednesday"),
        "thu": QCoreApplication.translate("Labels", "Thursday"),
        "fri": QCoreApplication.translate("Labels", "Friday"),
        "sat": QCoreApplication.translate("Labels", "Saturday"),
        "sun": QCoreApplication.translate("Labels", "Sunday"),
    }.get(code, code)


def part_of_day_label(code: str) -> str:
    return {
        "morning": QCoreApplication.translate("Labels", "Morning"),
        "afternoon": QCoreApplication.translate("Labels", "Afternoon"),
        "evening": QCoreApplication.translate("Labels", "Evening"),
    }.get(code, code)


def slot_label(slot: str) -> str:
    day, part = slot.split("_", 1)
    return f"{day_label(day)} {part_of_day_label(part).lower()}"


def date_format() -> str:
    """One date format per language, everywhere: "2 Dec 2026" in English, "02.12.2026" in Bokmål, ISO without one."""
    language = QLocale().language()
    if language in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk):
        return "dd.MM.yyyy"
    if language == QLocale.Language.C:
        return "yyyy-MM-dd"
    return "d MMM yyyy"


def date_time_format() -> str:
    return date_format() + " HH:mm"


def format_date(value: date | datetime | None) -> str:
    """A date in the interface language's one format (dd.MM.yyyy in Norwegian)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def format_datetime(value: datetime | None) -> str:
    """A moment in local time, in the interface language's one format."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, date_time_format())


def format_short(value: float) -> str:
    """A number in at most three significant digits, the locale's way ("60,7", "0,5", "2")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 3)


def format_number(value: float, decimals: int = 2) -> str:
    """A number with the interface language's decimal separator ("4,53" in Bokmål), no grouping."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def days_ago_text(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("Labels", "today")
    if days == 1:
        return QCoreApplication.translate("Labels", "yesterday")
    return QCoreApplication.translate("Labels", "{n} days ago").format(n=days)


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
