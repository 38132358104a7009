"""The e-mail texts in Bokmål (default) and English: plain text, every fact in words, nothing only in an image."""

from __future__ import annotations

from datetime import datetime

TEXTS: dict[str, dict[str, str]] = {
    "nb": {
        "subject.24h": "Påminnelse: møte {when}",
        "subject.1h": "Påminnelse: møte om en time, {time}",
        "greeting": "Hei {name},",
        "body.24h": "dette er en påminnelse om møtet ditt med {other} {when}.",
        "body.1h": "møtet ditt med {other} begynner om en time, klokken {time}.",
        "details": "Tid: {when}\nVarighet: {minutes} minutter\nMøteform: {modality}",
        "closing": (
            "Hvis tidspunktet ikke passer, ta kontakt med koordinatoren din.\n\n"
            "Hilsen\nMentorkoordinator\n\n"
            "Denne e-posten er sendt automatisk. Svar gjerne til koordinatoren din."
        ),
        "modality.in_person": "fysisk møte",
        "modality.phone": "telefon",
        "modality.video": "video",
        "digest.subject": "Mentorkoordinator: {count} nye varsler",
        "digest.intro": "Disse parene trenger oppmerksomhet:",
        "alert.stalled": "{pair}: stått stille i {days} dager",
        "alert.proposal_waiting": "{pair}: forslaget har ventet på svar i {days} dager",
        "alert.never_met": "{pair}: aktivt i {days} dager uten et møte",
        "alert.milestone_overdue": "{pair}: milepælen «{title}» skulle vært ferdig {due}",
    },
    "en": {
        "subject.24h": "Reminder: meeting {when}",
        "subject.1h": "Reminder: meeting in one hour, at {time}",
        "greeting": "Hello {name},",
        "body.24h": "this is a reminder of your meeting with {other} on {when}.",
        "body.1h": "your meeting with {other} starts in one hour, at {time}.",
        "details": "Time: {when}\nDuration: {minutes} minutes\nWay of meeting: {modality}",
        "closing": (
            "If the time does not suit you, please contact your coordinator.\n\n"
            "Best regards\nMentor Coordinator\n\n"
            "This e-mail was sent automatically. Please reply to your coordinator."
        ),
        "modality.in_person": "in person",
        "modality.phone": "phone",
        "modality.video": "video",
        "digest.subject": "Mentor Coordinator: {count} new alerts",
        "digest.intro": "These pairings need attention:",
        "alert.stalled": "{pair}: no activity for {days} days",
        "alert.proposal_waiting": "{pair}: the proposal has waited {days} days for an answer",
        "alert.never_met": "{pair}: active for {days} days without a meeting",
        "alert.milestone_overdue": "{pair}: the milestone “{title}” was due {due}",
    },
}

WEEKDAYS = {
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def text(language: str, key: str, **values: object) -> str:
    catalogue = TEXTS.get(language, TEXTS["nb"])
    return catalogue.get(key, TEXTS["nb"][key]).format(**values)


def clock_time(moment: datetime) -> str:
    """24-hour clock in both languages ("14:30"; Norwegian style uses the same digits)."""
    return moment.strftime("%H:%M")


def long_date(moment: datetime, language: str) -> str:
    """A local date and time written out in words, so a screen reader reads it naturally."""
    language = language if language in WEEKDAYS else "nb"
    weekday = WEEKDAYS[language][moment.weekday()]
    month = MONTHS[language][moment.month - 1]
    if language == "nb":
        return f"{weekday} {moment.day}. {month} {moment.year} klokken {clock_time(moment)}"
    return f"{weekday} {moment.day} {month} {moment.year} at {clock_time(moment)}"
