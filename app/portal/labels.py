"""Words for stored codes, in the request's language (every string through gettext).

Each table maps a code to its English message, marked with `N_` so the messages stay greppable and extractable
(`pybabel extract -k N_`); only the one message a page needs is translated, when it is shown.
"""

from __future__ import annotations

from app.portal.i18n import _, when
from app.portal.queries import Event


def N_(message: str) -> str:
    """gettext's conventional "mark for translation only": the message is translated where it is shown."""
    return message


# Icon shape and colour class per health code: status is always text + shape + colour, never colour alone.
HEALTH_STYLE = {
    "on_track": ("check", "good"),
    "needs_attention": ("exclamation", "warning"),
    "stalled": ("stop", "danger"),
    "proposed": ("circle", "neutral"),
    "completed": ("flag", "neutral"),
    "dissolved": ("circle", "neutral"),
    "declined": ("circle", "neutral"),
}

HEALTH = {
    "on_track": N_("On track"),
    "needs_attention": N_("Needs attention"),
    "stalled": N_("Stalled"),
    "proposed": N_("Proposed"),
    "completed": N_("Programme complete"),
    "dissolved": N_("Dissolved"),
    "declined": N_("Declined"),
}
MILESTONE_STATUS = {"pending": N_("Not started"), "in_progress": N_("In progress"), "completed": N_("Completed")}
MEETING_STATUS = {
    "scheduled": N_("Scheduled"),
    "completed": N_("Held"),
    "cancelled": N_("Cancelled"),
    "no_show": N_("Nobody came"),
}
MODALITY = {"in_person": N_("In person"), "phone": N_("Phone"), "video": N_("Video")}
VISIBILITY = {"all": N_("Shared with you and your mentee"), "mentor": N_("For you and the coordinators")}
EVENT = {
    "pairing_proposed": N_("The pairing was proposed."),
    "pairing_active": N_("The pairing started."),
    "pairing_completed": N_("The programme was completed."),
    "pairing_dissolved": N_("The pairing was ended."),
    "pairing_declined": N_("The proposal was declined."),
    "milestone_in_progress": N_("Milestone “%(title)s” was started."),
    "milestone_completed": N_("Milestone “%(title)s” was completed."),
    "milestone_pending": N_("Milestone “%(title)s” was reopened."),
    "meeting_scheduled": N_("A meeting was planned for %(time)s."),
    "meeting_moved": N_("A meeting was moved to %(time)s."),
    "meeting_completed": N_("The meeting on %(time)s was held."),
    "meeting_cancelled": N_("The meeting on %(time)s was cancelled."),
    "meeting_no_show": N_("Nobody came to the meeting on %(time)s."),
}


def _word(table: dict[str, str], code: str) -> str:
    message = table.get(code)
    return _(message) if message is not None else code


def health(code: str) -> str:
    return _word(HEALTH, code)


def milestone_status(code: str) -> str:
    return _word(MILESTONE_STATUS, code)


def meeting_status(code: str) -> str:
    return _word(MEETING_STATUS, code)


def modality(code: str) -> str:
    return _word(MODALITY, code)


def visibility(code: str) -> str:
    return _word(VISIBILITY, code)


def event(item: Event) -> str:
    """One history line in words."""
    message = EVENT.get(item.kind)
    if message is None:
        return ""
    if item.kind.startswith("milestone_"):
        return _(message) % {"title": item.subject or ""}
    if item.kind.startswith("meeting_"):
        from app.portal.queries import utc

        return _(message) % {"time": when(utc(item.value)) if item.value else ""}
    return _(message)


__all__ = ["HEALTH_STYLE", "event", "health", "meeting_status", "milestone_status", "modality", "visibility"]
