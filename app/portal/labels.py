"""Words for stored codes, in the request's language (every string through gettext)."""

from __future__ import annotations

from app.portal.i18n import _, on_day, when
from app.portal.queries import Event

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


def health(code: str) -> str:
    return {
        "on_track": _("On track"),
        "needs_attention": _("Needs attention"),
        "stalled": _("Stalled"),
        "proposed": _("Proposed"),
        "completed": _("Programme complete"),
        "dissolved": _("Dissolved"),
        "declined": _("Declined"),
    }.get(code, code)


def milestone_status(code: str) -> str:
    return {"pending": _("Not started"), "in_progress": _("In progress"), "completed": _("Completed")}.get(code, code)


def meeting_status(code: str) -> str:
    return {
        "scheduled": _("Scheduled"),
        "completed": _("Held"),
        "cancelled": _("Cancelled"),
        "no_show": _("Nobody came"),
    }.get(code, code)


def modality(code: str) -> str:
    return {"in_person": _("In person"), "phone": _("Phone"), "video": _("Video")}.get(code, code)


def visibility(code: str) -> str:
    return {"all": _("Shared with you and your mentee"), "mentor": _("For you and the coordinators")}.get(code, code)


def event(item: Event) -> str:
    """One history line in words."""
    from app.portal.queries import utc

    meeting_time = when(utc(item.value)) if item.value else ""
    texts = {
        "pairing_proposed": _("The pairing was proposed."),
        "pairing_active": _("The pairing started."),
        "pairing_completed": _("The programme was completed."),
        "pairing_dissolved": _("The pairing was ended."),
        "pairing_declined": _("The proposal was declined."),
        "milestone_in_progress": _("Milestone “%(title)s” was started.") % {"title": item.subject or ""},
        "milestone_completed": _("Milestone “%(title)s” was completed.") % {"title": item.subject or ""},
        "milestone_pending": _("Milestone “%(title)s” was reopened.") % {"title": item.subject or ""},
        "meeting_scheduled": _("A meeting was planned for %(time)s.") % {"time": meeting_time},
        "meeting_moved": _("A meeting was moved to %(time)s.") % {"time": meeting_time},
        "meeting_completed": _("The meeting on %(time)s was held.") % {"time": meeting_time},
        "meeting_cancelled": _("The meeting on %(time)s was cancelled.") % {"time": meeting_time},
        "meeting_no_show": _("Nobody came to the meeting on %(time)s.") % {"time": meeting_time},
    }
    return texts.get(item.kind, "")


__all__ = ["HEALTH_STYLE", "event", "health", "meeting_status", "milestone_status", "modality", "on_day", "visibility"]
