"""Every command's arguments, built without importing a command's code: `--help` starts in a blink.

A command names its handler as "module:function" (`handler` in the parsed arguments); `app.cli.main` imports that
module only when the command runs, so SQLAlchemy, numpy, OR-Tools and openpyxl load only for the commands that use them.
Keep this module free of imports beyond the standard library.
"""

from __future__ import annotations

import argparse
import math
from datetime import date
from typing import Any

SETUP = "app.cli.commands_setup"
PROGRAMMES = "app.cli.commands_programmes"
PEOPLE = "app.cli.commands_people"
PAIRINGS = "app.cli.commands_pairings"
MATCHING = "app.cli.commands_matching"
SPREADSHEETS = "app.cli.commands_spreadsheets"
SYNC = "app.cli.commands_sync"
MEETINGS = "app.cli.commands_meetings"
PORTAL = "app.cli.commands_portal"
UNITS = "app.cli.commands_units"

# Choices the parser offers; the services check them again (and own the vocabularies).
MEETING_STATUSES = ("completed", "cancelled", "no_show")
VISIBILITIES = ("all", "mentor", "coordinator")
SCHEDULER = "app.cli.commands_scheduler"  # scheduler branch


# Counts and days the services check against their own rules (capacity 1-50, …) only need to be sane numbers here.
SANE = 10**9


def _whole(low: int | None = None, high: int | None = None) -> Any:
    """A whole number from `low` to `high`; without them, any the services can check (they say the range).

    Text, 1.5, 1e99 and numbers too long to store are refused here with a sentence, before anything opens.
    """

    def parse(text: str) -> int:
        span = f"from {low} to {high}" if low is not None else "such as 3"
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; give one {span}") from None
        if low is None and not -SANE <= value <= SANE:
            raise argparse.ArgumentTypeError(f"{value} is far too large; give a whole number {span}")
        if low is not None and high is not None and not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range; give a whole number {span}")
        return value

    return parse


def _decimal(low: float, high: float) -> Any:
    """A finite number from `low` to `high` (nan, inf and 1e308 are refused, not passed on to the services)."""

    def parse(text: str) -> float:
        try:
            value = float(text.strip().replace(",", "."))  # a Norwegian keyboard types 1,5
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number; give one from {low:g} to {high:g}") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{text}' is out of range; give a number from {low:g} to {high:g}")
        return value

    return parse


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the command name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default: MENTOR_DB_URL or a SQLite file in the user data directory)",
    )
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    parent.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="the coordinator recorded as making the change",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="mentor-coordinator",
        parents=[common],
        description="Pair mentors with mentees, follow pairings and milestones, exchange spreadsheets, sync.",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in (
        _setup,
        _programmes,
        _people,
        _pairings,
        _meetings,
        _matching,
        _spreadsheets,
        _sync,
        _portal,
        _scheduler,
        _units,
    ):
        register(commands, common)
    return parser


class _VersionAction(argparse.Action):
    """`--version`: reads the version only when asked, so `--help` stays free of the package metadata lookup."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        import sys

        from app import __version__

        sys.stdout.write(f"{parser.prog} {__version__}\n")
        parser.exit()


def handler_targets(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """Every "module:function" a command names, walking all sub-commands (the bundle's self-test imports each)."""
    found: set[str] = set()
    pending = [parser or build_parser()]
    while pending:
        current = pending.pop()
        target = current.get_default("handler")
        if target:
            found.add(target)
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())
    return sorted(found)


def _handler(p: argparse.ArgumentParser, module: str, function: str) -> None:
    p.set_defaults(handler=f"{module}:{function}")


def _setup(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help="create or upgrade the database and seed the catalogue")
    _handler(p, SETUP, "cmd_init")

    p = commands.add_parser("demo", parents=[common], help="fill the database with a realistic Norwegian cohort")
    p.add_argument("--size", type=_whole(1, 5000), default=60, help="number of mentees (mentors: about half as many)")
    p.add_argument("--seed", type=_whole(0, 2**32 - 1), default=2026, help="random seed (same seed, same people)")
    p.add_argument("--if-empty", action="store_true", help="do nothing when the database already has programmes")
    _handler(p, SETUP, "cmd_demo")

    p = commands.add_parser("whoami", parents=[common], help="show or save the coordinator name used in history")
    p.add_argument("--set", metavar="NAME", help="save this name as the coordinator identity")
    _handler(p, SETUP, "cmd_whoami")

    p = commands.add_parser("gui", parents=[common], help="start the desktop application (default)")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, walk every tab and dialog, load every module, then exit (0 when all went well)",
    )

    spec = commands.add_parser("specialisation", parents=[common], help="the specialisation catalogue")
    sub = spec.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help="add a specialisation")
    p.add_argument("name", help="English name")
    p.add_argument("--name-nb", help="Norwegian (Bokmål) name")
    _handler(p, SETUP, "cmd_spec_add")
    p = sub.add_parser("list", parents=[common], help="list the catalogue")
    _handler(p, SETUP, "cmd_spec_list")


def _programmes(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("programme", parents=[common], help="programmes and their lifecycle")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("create", parents=[common], help="create a programme (in draft)")
    p.add_argument("name")
    p.add_argument("--milestone", action="append", default=[], metavar="TITLE", help="template milestone, in order")
    p.add_argument("--default-capacity", type=_whole(), default=2, metavar="N")
    p.add_argument("--unit", metavar="U", help="organisation unit (name or id; created if new)")
    p.add_argument("--description", default="")
    p.add_argument("--amber-days", type=_whole(), default=14)
    p.add_argument("--red-days", type=_whole(), default=28)
    _handler(p, PROGRAMMES, "cmd_create")

    p = sub.add_parser("list", parents=[common], help="list programmes")
    _handler(p, PROGRAMMES, "cmd_list")

    p = sub.add_parser("show", parents=[common], help="show a programme")
    p.add_argument("programme", metavar="P", help="id or exact name")
    _handler(p, PROGRAMMES, "cmd_show")

    p = sub.add_parser("state", parents=[common], help="move a programme to its next state")
    p.add_argument("programme", metavar="P", help="id or exact name")
    p.add_argument("state", metavar="STATE", help="draft, open, matching, active or completed")
    _handler(p, PROGRAMMES, "cmd_state")

    p = sub.add_parser("update", parents=[common], help="change a programme's settings")
    p.add_argument("programme", metavar="P", help="id or exact name")
    p.add_argument("--name")
    p.add_argument("--description")
    p.add_argument("--default-capacity", type=_whole(), metavar="N")
    p.add_argument("--amber-days", type=_whole())
    p.add_argument("--red-days", type=_whole())
    p.add_argument("--milestone", action="append", metavar="TITLE", help="replace the template (repeat, in order)")
    p.add_argument("--unit", metavar="U", help='move the programme to this organisation unit (name or id; "" for none)')
    p.add_argument(
        "--weight",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="matching weight: specialisation, geography, availability or capacity",
    )
    _handler(p, PROGRAMMES, "cmd_update")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD") from None


def _person_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding)
    p.add_argument("--email", required=adding)
    p.add_argument("--role", choices=["mentor", "mentee"], required=adding)
    p.add_argument("--programme", metavar="P", required=adding, help="programme id or exact name")
    p.add_argument("--capacity", type=_whole(), metavar="N", help="most mentees at once (mentors)")
    p.add_argument("--state", metavar="S", help="mentor: applied|approved|paused|withdrawn; mentee: waiting|withdrawn")
    p.add_argument("--mentor-role", metavar="R", help="mentor, senior_mentor or trainee")
    p.add_argument("--availability", choices=["available", "unavailable"])
    p.add_argument("--unavailable-until", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--specialisation", action="append", metavar="S", help="repeat for several")
    p.add_argument("--slot", action="append", metavar="SLOT", help='weekly slot such as "Mon evening"; repeat')
    p.add_argument("--modality", action="append", metavar="M", help="in_person, phone or video; repeat")
    p.add_argument("--municipality", metavar="M")
    p.add_argument("--county", metavar="C")
    p.add_argument("--postcode", metavar="X")
    p.add_argument("--lat", type=_decimal(-90, 90), metavar="X")
    p.add_argument("--lon", type=_decimal(-180, 180), metavar="Y")
    p.add_argument("--phone", metavar="T")
    p.add_argument(
        "--language", action="append", metavar="L", help='a language the person speaks, e.g. "norsk"; repeat'
    )
    p.add_argument(
        "--contact",
        action="append",
        metavar="WAY",
        help="how to reach them, most wanted first: phone, email, braille, large_print or audio; repeat",
    )
    p.add_argument("--external-ref", metavar="REF")
    p.add_argument("--max-travel-km", type=_whole(), metavar="K")
    p.add_argument("--bio")


def _people(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("person", parents=[common], help="mentors and mentees")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("add", parents=[common], help="add a person with a mentor or mentee profile")
    _person_options(p, adding=True)
    _handler(p, PEOPLE, "cmd_add")

    p = sub.add_parser("update", parents=[common], help="change a person (and a profile)")
    p.add_argument("id", metavar="ID")
    _person_options(p, adding=False)
    _handler(p, PEOPLE, "cmd_update")

    p = sub.add_parser("list", parents=[common], help="list people")
    p.add_argument("--programme", metavar="P")
    p.add_argument("--role", choices=["mentor", "mentee"])
    _handler(p, PEOPLE, "cmd_list")

    p = sub.add_parser("show", parents=[common], help="show a person")
    p.add_argument("id", metavar="ID", help="id or e-mail")
    _handler(p, PEOPLE, "cmd_show")

    p = sub.add_parser(
        "erase", parents=[common], help="forget a person who asks to be (GDPR): blank their data, scrub history"
    )
    p.add_argument("id", metavar="ID", help="id or e-mail")
    p.add_argument("--yes", action="store_true", help="do not ask; erasing cannot be undone")
    _handler(p, PEOPLE, "cmd_erase")


def _pairings(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("pairing", parents=[common], help="pairings and milestones")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("create", parents=[common], help="propose a pairing")
    p.add_argument("--programme", metavar="P", required=True)
    p.add_argument("--mentor", metavar="ID", required=True)
    p.add_argument("--mentee", metavar="ID", required=True)
    _handler(p, PAIRINGS, "cmd_create")

    for name, help_text in (
        ("activate", "start a proposed pairing"),
        ("show", "show a pairing"),
        ("history", "every change to a pairing"),
    ):
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("id", metavar="ID")
        _handler(p, PAIRINGS, f"cmd_{name}")

    p = sub.add_parser("decline", parents=[common], help="decline a proposed pairing")
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", metavar="T")
    _handler(p, PAIRINGS, "cmd_decline")

    p = sub.add_parser("dissolve", parents=[common], help="end a proposed or active pairing")
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--reason",
        metavar="CODE",
        help="not_progressing, mentee_withdrew, mentor_unavailable, incompatible, moved or other",
    )
    p.add_argument("--note", metavar="T", help="at most 200 characters")
    _handler(p, PAIRINGS, "cmd_dissolve")

    p = sub.add_parser("milestone", parents=[common], help="set a milestone's status")
    p.add_argument("id", metavar="ID")
    p.add_argument("milestone", metavar="MILESTONE", help="milestone id, title or number")
    p.add_argument("--status", required=True, choices=["pending", "in_progress", "completed"])
    _handler(p, PAIRINGS, "cmd_milestone")

    p = sub.add_parser("list", parents=[common], help="list pairings")
    p.add_argument("--programme", metavar="P")
    p.add_argument("--status", metavar="S")
    p.add_argument("--mentor", metavar="ID")
    _handler(p, PAIRINGS, "cmd_list")


def _filter_options(p: argparse.ArgumentParser) -> None:
    geo = p.add_mutually_exclusive_group()
    geo.add_argument("--municipality", action="store_true", help="only mentors in the same municipality")
    geo.add_argument("--county", action="store_true", help="only mentors in the same county")
    geo.add_argument(
        "--max-km", type=_decimal(0, 5000), metavar="K", help="only mentors within K km (needs coordinates)"
    )
    p.add_argument("--slot-overlap", action="store_true", help="at least one shared weekly slot")
    p.add_argument(
        "--specialisation",
        action="append",
        default=[],
        metavar="S",
        help="mentor must offer this specialisation; repeat for several",
    )
    p.add_argument("--modality", action="store_true", help="at least one shared way of meeting")
    p.add_argument(
        "--include-ineligible",
        action="store_true",
        help="also show mentors who are not approved, not available or full",
    )
    p.add_argument(
        "--include-paired-before", action="store_true", help="also show mentors already paired with this mentee before"
    )


def _matching(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("match", parents=[common], help="suggest mentors and propose a cohort")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("suggest", parents=[common], help="ranked mentors for one mentee, with reasons")
    p.add_argument("--mentee", metavar="ID", required=True)
    p.add_argument("--programme", metavar="P", help="needed only when the mentee is in several programmes")
    p.add_argument("--top", type=_whole(), default=10, metavar="N")
    _filter_options(p)
    _handler(p, MATCHING, "cmd_suggest")

    p = sub.add_parser("cohort", parents=[common], help="propose mentors for every waiting mentee at once")
    p.add_argument("--programme", metavar="P", required=True)
    p.add_argument("--apply", action="store_true", help="create the proposals as proposed pairings")
    p.add_argument("--pin", action="append", default=[], metavar="MENTOR:MENTEE", help="keep this pair")
    p.add_argument("--reject", action="append", default=[], metavar="MENTOR:MENTEE", help="never propose this pair")
    _filter_options(p)
    _handler(p, MATCHING, "cmd_cohort")


def _spreadsheets(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("import", parents=[common], help="import people (and round-trip sheets) from .xlsx/.csv")
    p.add_argument("file", metavar="FILE", help=".xlsx workbook or .csv file")
    p.add_argument("--programme", metavar="P", help="programme for rows that do not name one (id or name)")
    p.add_argument(
        "--sheet",
        metavar="S",
        help="mentors|mentees|pairings|milestones|meetings: what a CSV holds, or the one sheet of a workbook to read",
    )
    p.add_argument("--dry-run", action="store_true", help="check and show what would change; write nothing")
    _handler(p, SPREADSHEETS, "cmd_import")

    p = commands.add_parser("export", parents=[common], help="export a programme to an .xlsx workbook")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("file", metavar="FILE", nargs="?", help="the .xlsx file to write")
    target.add_argument("--template", metavar="FILE", help="write an empty template with instructions instead")
    p.add_argument("--programme", metavar="P", help="programme id or name (default: every programme)")
    _handler(p, SPREADSHEETS, "cmd_export")


def _sync(commands: Any, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", parents=[common], help="prepare the shared PostgreSQL server")
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = server_commands.add_parser(
        "init", parents=[common], help="prepare an empty PostgreSQL database as the shared server (safe to repeat)"
    )
    p.add_argument("--url", required=True, metavar="URL", help="postgresql://user@host/database")
    p.add_argument("--coordinator-role", default="mentor_coordinator", metavar="NAME", help="role desktops sync as")
    p.add_argument("--portal-role", default="mentor_portal", metavar="NAME", help="read-only role of the portal")
    _handler(p, SYNC, "cmd_server_init")

    p = commands.add_parser("sync", parents=[common], help="send this computer's changes and receive everyone else's")
    p.add_argument(
        "--server", metavar="URL", help="the shared server (saved for next time; MENTOR_SERVER_URL overrides)"
    )
    _handler(p, SYNC, "cmd_sync")

    conflicts = commands.add_parser("conflicts", parents=[common], help="changes the server did not apply as sent")
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = conflict_commands.add_parser("list", parents=[common], help="open conflicts and refused changes")
    _handler(p, SYNC, "cmd_conflicts_list")
    p = conflict_commands.add_parser("resolve", parents=[common], help="keep your value or the server's")
    p.add_argument("id", metavar="ID", help="the conflict's id (the first characters are enough)")
    p.add_argument("--keep", required=True, choices=["local", "server"], help="local: mine; server: theirs")
    _handler(p, SYNC, "cmd_conflicts_resolve")


def _meetings(commands: Any, common: argparse.ArgumentParser) -> None:
    meeting = commands.add_parser("meeting", parents=[common], help="meetings of a pairing")
    sub = meeting.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("add", parents=[common], help="schedule a meeting (Oslo time)")
    p.add_argument("pairing", metavar="PAIRING")
    p.add_argument("--at", required=True, metavar="'YYYY-MM-DD HH:MM'", help="local time in Norway")
    p.add_argument("--minutes", type=_whole(1, 1440), default=60, metavar="N")
    p.add_argument("--modality", default="in_person", metavar="M", help="in_person, phone or video")
    _handler(p, MEETINGS, "cmd_meeting_add")

    p = sub.add_parser("update", parents=[common], help="record what became of a scheduled meeting")
    p.add_argument("id", metavar="ID")
    p.add_argument("--status", required=True, choices=MEETING_STATUSES)
    p.add_argument("--reason", metavar="T", help="needed when cancelled or nobody came (no_show)")
    _handler(p, MEETINGS, "cmd_meeting_update")

    p = sub.add_parser("list", parents=[common], help="list meetings")
    p.add_argument("--pairing", metavar="ID")
    _handler(p, MEETINGS, "cmd_meeting_list")

    note = commands.add_parser("note", parents=[common], help="notes on a pairing")
    sub = note.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help="add a note")
    p.add_argument("pairing", metavar="PAIRING")
    p.add_argument("--text", required=True, metavar="T")
    p.add_argument(
        "--visibility",
        required=True,
        choices=VISIBILITIES,
        help="all: mentor and mentee; mentor: mentor and coordinators; coordinator: coordinators only",
    )
    _handler(p, MEETINGS, "cmd_note_add")

    p = sub.add_parser("list", parents=[common], help="list a pairing's notes (all of them: you are a coordinator)")
    p.add_argument("pairing", metavar="PAIRING")
    _handler(p, MEETINGS, "cmd_note_list")


def _portal(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("portal", parents=[common], help="the mentor portal and personal links")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("link", parents=[common], help="issue a personal link for a mentor (shown once)")
    p.add_argument("mentor", metavar="MENTOR", help="person id or exact e-mail")
    p.add_argument("--days", type=_whole(), default=90, metavar="N", help="valid for N days (default 90)")
    p.add_argument(
        "--base-url",
        metavar="URL",
        default=None,
        help="the portal's public address (default: MENTOR_PORTAL_URL or http://127.0.0.1:8080)",
    )
    _handler(p, PORTAL, "cmd_link")

    p = sub.add_parser("revoke", parents=[common], help="revoke every link of a mentor (and end their sessions)")
    p.add_argument("mentor", metavar="MENTOR", help="person id or exact e-mail")
    _handler(p, PORTAL, "cmd_revoke")

    p = sub.add_parser(
        "renew-calendar",
        parents=[common],
        help="give a mentor a new calendar address; the old one stops working (their personal link stays)",
    )
    p.add_argument("mentor", metavar="MENTOR", help="person id or exact e-mail")
    _handler(p, PORTAL, "cmd_renew_calendar")

    p = sub.add_parser("links", parents=[common], help="list issued links (without tokens)")
    p.add_argument("--mentor", metavar="MENTOR")
    _handler(p, PORTAL, "cmd_links")

    p = sub.add_parser("serve", parents=[common], help="run the read-only portal (uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_whole(1, 65535), default=8080)
    p.add_argument(
        "--portal-role",
        default="mentor_portal",
        metavar="ROLE",
        help="PostgreSQL: the read-only role to connect as (password: from the URL or MENTOR_PORTAL_PASSWORD)",
    )
    p.add_argument("--secret-file", metavar="PATH", help="key for sessions and calendar addresses")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IPS", help="trusted reverse proxies")
    p.add_argument(
        "--workers", type=_whole(1, 64), default=1, metavar="N", help="worker processes (on a machine with spare cores)"
    )
    _handler(p, PORTAL, "cmd_serve")


# -- reminders, alerts, the dashboard (docs/scheduler.md) -----------------------------------------
def _scheduler(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "scheduler", parents=[common], help="the headless scheduler: reminders, alerts and sync, until stopped"
    )
    actions = p.add_subparsers(dest="scheduler_command", metavar="ACTION", required=True)
    run = actions.add_parser("run", parents=[common], help="run until SIGTERM or Ctrl+C, logging one line per event")
    run.add_argument(
        "--alerts-every", type=_whole(1, 1440), default=15, metavar="MIN", help="minutes between alert checks"
    )
    run.add_argument(
        "--sync-every",
        type=_whole(1, 1440),
        default=10,
        metavar="MIN",
        help="minutes between syncs (when a server is configured)",
    )
    run.add_argument(
        "--digest-hour", type=_whole(0, 23), metavar="H", help="local hour of the daily alert digest (digest_to)"
    )
    run.add_argument("--no-reminders", action="store_true", help="compute alerts only; send no reminders")
    _handler(run, SCHEDULER, "cmd_scheduler_run")

    p = commands.add_parser("reminders", parents=[common], help="meeting reminders by e-mail")
    actions = p.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    once = actions.add_parser("run-once", parents=[common], help="one pass: send due reminders, raise new alerts")
    once.add_argument("--now", metavar='"YYYY-MM-DD HH:MM"', help="the pass's time, local (default: now)")
    _handler(once, SCHEDULER, "cmd_reminders_run_once")

    p = commands.add_parser("dashboard", parents=[common], help="programme figures: status, rates, waiting, trend")
    p.add_argument("--programme", metavar="P", help="programme id or name (default: every programme)")
    _handler(p, SCHEDULER, "cmd_dashboard")


def _units(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("unit", parents=[common], help="organisation units: national, regions, chapters")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help="add a unit")
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=["national", "region", "chapter"])
    p.add_argument("--parent", metavar="U", help="the unit it belongs to (name or id)")
    _handler(p, UNITS, "cmd_unit_add")
    p = sub.add_parser("list", parents=[common], help="the units, as a tree")
    _handler(p, UNITS, "cmd_unit_list")
    p = sub.add_parser("rename", parents=[common], help="give a unit a new name")
    p.add_argument("unit", metavar="U")
    p.add_argument("name")
    _handler(p, UNITS, "cmd_unit_rename")
    p = sub.add_parser("move", parents=[common], help="place a unit under another (its units and programmes follow)")
    p.add_argument("unit", metavar="U")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--parent", metavar="P", help="the new parent unit")
    target.add_argument("--top", action="store_true", help="at the top, under no unit")
    _handler(p, UNITS, "cmd_unit_move")
    p = sub.add_parser("retire", parents=[common], help="retire a unit with no units or running programmes")
    p.add_argument("unit", metavar="U")
    _handler(p, UNITS, "cmd_unit_retire")
