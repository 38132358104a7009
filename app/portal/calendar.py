"""A mentor's meetings as an iCalendar feed (RFC 5545) that calendar apps can subscribe to."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event, Timezone

from app.localtime import OSLO
from app.portal.i18n import _
from app.portal.queries import Meeting

UID_DOMAIN = "mentor-coordinator"

# Europe/Oslo as yearly rules (EU summer time since 1996), the form Outlook and others read reliably; a list of
# dates (what icalendar derives from zoneinfo) stops in 2038 and some clients shift events without rules.
OSLO_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Oslo
X-LIC-LOCATION:Europe/Oslo
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
""".replace("\n", "\r\n")


def modality_text(code: str) -> str:
    return {"in_person": _("in person"), "phone": _("by phone"), "video": _("by video")}.get(code, code)


def feed(mentor_name: str, meetings: list[Meeting], now: datetime) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Mentor Coordinator//Mentor portal//NB")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _("Mentor meetings – %(name)s") % {"name": mentor_name})
    cal.add("x-wr-timezone", "Europe/Oslo")
    # Ask subscribing apps to look again every hour (Google keeps its own pace anyway).
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    cal.add_component(Timezone.from_ical(OSLO_VTIMEZONE))
    for meeting in meetings:
        event = Event()
        event.add("uid", f"{meeting.id}@{UID_DOMAIN}")  # stable: the same meeting is the same event forever
        event.add("sequence", meeting.sequence)  # grows with every change, so apps take moves and cancellations
        event.add("dtstamp", meeting.updated_at)  # UTC
        event.add("last-modified", meeting.updated_at)
        event.add("created", meeting.created_at)
        start = meeting.scheduled_at.astimezone(OSLO)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=meeting.duration_minutes))
        event.add("summary", _("Mentor meeting with %(name)s") % {"name": meeting.mentee_name})
        event.add("description", modality_text(meeting.modality))
        event.add("status", "CANCELLED" if meeting.status == "cancelled" else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if meeting.status == "cancelled" else "OPAQUE")
        cal.add_component(event)
    cal.add_missing_timezones()  # adds nothing today; would add any other zone an event came to use
    return cal.to_ical()
