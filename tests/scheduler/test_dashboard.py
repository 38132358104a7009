"""Dashboard figures checked against a hand-built programme, on SQLite and PostgreSQL; and `dashboard --json`."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from app.services.core.context import ServiceContext
from app.services.followup.dashboard import ProgrammeDashboard, programme_dashboard
from app.services.pairings.meetings_notes import add_meeting, add_note, set_meeting_status
from app.services.pairings.overview import list_open_pairings
from app.services.pairings.pairings import activate_pairing, create_pairing, decline_pairing, dissolve_pairing
from tests.cli.conftest import Cli
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme


def build(ctx: ServiceContext, clock: FakeClock) -> dict[str, str]:
    """Six pairings: 2 active (one met, one never met), 2 waiting (one 10 days, one 3 days), 1 declined,
    1 dissolved; meetings: 3 completed, 1 no-show, 1 cancelled, 1 past but unrecorded, 2 in the future."""
    programme = make_programme(ctx, "Likeperson Bergen", capacity=10).id
    mentor = make_mentor(ctx, programme, "Kari Mentor", capacity=10).id
    mentees = [make_mentee(ctx, programme, f"Mentee {i}").id for i in range(6)]
    ids = {}

    def pair(index: int) -> str:
        return create_pairing(ctx, programme=programme, mentor=mentor, mentee=mentees[index]).id

    ids["old_proposal"] = pair(0)
    ids["declined"] = pair(1)
    decline_pairing(ctx, ids["declined"])
    ids["met"] = pair(2)
    activate_pairing(ctx, ids["met"])
    ids["never_met"] = pair(3)
    activate_pairing(ctx, ids["never_met"])
    ids["dissolved"] = pair(4)
    activate_pairing(ctx, ids["dissolved"])
    clock.advance(days=1)
    dissolve_pairing(ctx, ids["dissolved"], "moved")
    clock.advance(days=6)
    ids["new_proposal"] = pair(5)
    now = clock.current
    held = [add_meeting(ctx, ids["met"], now - timedelta(days=d), status="completed") for d in (6, 4, 2)]
    no_show = add_meeting(ctx, ids["met"], now + timedelta(hours=1))
    cancelled = add_meeting(ctx, ids["met"], now + timedelta(hours=2))
    unrecorded = add_meeting(ctx, ids["never_met"], now + timedelta(hours=3))
    add_meeting(ctx, ids["met"], now + timedelta(days=5))
    add_meeting(ctx, ids["never_met"], now + timedelta(days=6))
    clock.advance(days=3)  # the old proposal now waits 10 days, the new one 3
    set_meeting_status(ctx, no_show.id, "no_show", "Nobody came")
    set_meeting_status(ctx, cancelled.id, "cancelled", "Ill")
    assert len(held) == 3 and unrecorded
    return ids


def test_figures_match_the_hand_count(ctx: ServiceContext, clock: FakeClock) -> None:
    ids = build(ctx, clock)
    board = programme_dashboard(ctx, "Likeperson Bergen")
    assert board.pairings_by_status == {
        "proposed": 2, "active": 2, "completed": 0, "declined": 1, "dissolved": 1,
    }  # fmt: skip
    assert board.meetings_by_status == {"scheduled": 3, "completed": 3, "cancelled": 1, "no_show": 1}
    # due: 3 held + no-show + cancelled + the unrecorded one = 6 (the two future meetings are not due yet)
    assert (board.completion.count, board.completion.out_of, board.completion.rate) == (3, 6, 0.5)
    assert (board.no_show.count, board.no_show.out_of) == (1, 6)
    assert (board.decline.count, board.decline.out_of, board.decline.rate) == (1, 4, 0.25)
    assert [(w.pairing, w.days) for w in board.pending_too_long] == [(ids["old_proposal"], 10)]
    assert board.pending_too_long_total == 1
    assert [w.pairing for w in board.never_met] == [ids["never_met"]]
    assert len(board.trend) == 12
    # Now: the old proposal needs attention; the never-met pairing has been idle 10 days (amber is 14): on track.
    assert (board.trend[-1].stalled, board.trend[-1].needs_attention) == (0, 1)
    assert all((p.stalled, p.needs_attention) == (0, 0) for p in board.trend[:-2])
    assert_live_point_matches_the_overview(ctx, board)

    # Day 35 (activations on day 0, meetings held on days 1, 3 and 5, the new proposal on day 7).
    clock.advance(days=25)
    add_note(ctx, ids["met"], "Still going")
    later = programme_dashboard(ctx, "Likeperson Bergen")
    # Now: never met idles 35 days (stalled); met just got a note (on track); both proposals wait > 7 days.
    assert (later.trend[-1].stalled, later.trend[-1].needs_attention) == (1, 2)
    # Day 28: never met idles exactly 28 days (stalled); met idles 23 days since its day-5 meeting (amber);
    # both proposals wait (28 and 21 days).
    assert (later.trend[-2].stalled, later.trend[-2].needs_attention) == (1, 3)
    # Day 14: never met 14 days idle (amber); met 9 days (on track); the old proposal waits; the new one 7 days
    # exactly (not more than 7).
    assert (later.trend[-4].stalled, later.trend[-4].needs_attention) == (0, 2)
    assert_live_point_matches_the_overview(ctx, later)


def assert_live_point_matches_the_overview(ctx: ServiceContext, board: ProgrammeDashboard) -> None:
    """Today's point is the health every other list shows (projection.standing), pairing by pairing."""
    health = Counter(r.health for r in list_open_pairings(ctx) if r.programme == board.programme)
    assert (board.trend[-1].stalled, board.trend[-1].needs_attention) == (health["stalled"], health["needs_attention"])


def test_dashboard_command_json(cli: Cli, ctx: ServiceContext, clock: FakeClock) -> None:
    build(ctx, clock)
    result = cli("dashboard", "--programme", "Likeperson Bergen")
    assert result.code == 0, result.err
    data = result.data
    assert data["programme_name"] == "Likeperson Bergen"
    assert data["completion"]["count"] == 3 and data["decline"]["out_of"] == 4
    assert [p["week_ending"] for p in data["trend"]] == sorted(p["week_ending"] for p in data["trend"])
    everything = cli("dashboard")
    assert everything.code == 0 and [b["programme_name"] for b in everything.data] == ["Likeperson Bergen"]
    text = cli("dashboard", as_json=False)
    assert "waiting more than 7 days for an answer" in text.out and "week ending" in text.out
    missing = cli("dashboard", "--programme", "Nowhere")
    assert missing.code == 1 and missing.err.startswith("error: There is no programme")


def test_the_workbook_has_a_dashboard_sheet(ctx: ServiceContext, clock: FakeClock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from app.services.exchange.export_file import export_workbook

    build(ctx, clock)
    export_workbook(ctx, tmp_path / "out.xlsx", programme="Likeperson Bergen")
    sheet = load_workbook(tmp_path / "out.xlsx")["Dashboard"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Programme", "Figure", "Value", "Count", "Out of"]
    assert ["Likeperson Bergen", "Completion rate", "50.0%", 3, 6] in rows
    assert ["Likeperson Bergen", "Proposals waiting more than 7 days", None, 1, None] in rows
    assert sum(1 for r in rows if str(r[1]).startswith("Week ending")) == 24


def test_demo_cohort_dashboard_matches_a_hand_count(cli: Cli, ctx: ServiceContext, clock: FakeClock) -> None:
    """The acceptance check: `dashboard --json` against a hand count from `pairing list --json` and
    `meeting list --json`."""
    from app.demo import build_demo

    clock.current = datetime.now(UTC)  # the commands run on the real clock: build the demo up to now
    build_demo(ctx)
    boards = cli("dashboard").data
    pairings = cli("pairing", "list").data
    all_meetings = cli("meeting", "list").data
    assert boards and pairings and all_meetings
    for board in boards:
        now = datetime.fromisoformat(board["as_of"])
        mine = [p for p in pairings if p["programme"] == board["programme"]]
        assert board["pairings_by_status"] == {
            s: sum(p["status"] == s for p in mine) for s in board["pairings_by_status"]
        }
        ids = {p["id"] for p in mine}
        meetings = [m for m in all_meetings if m["pairing"] in ids]
        due = [m for m in meetings if datetime.fromisoformat(m["scheduled_at"]) <= now]
        assert board["completion"] == {
            "count": sum(m["status"] == "completed" for m in due),
            "out_of": len(due),
            "rate": round(sum(m["status"] == "completed" for m in due) / len(due), 4) if due else None,
        }
        answered = [p for p in mine if p["status"] != "proposed"]
        assert board["decline"]["count"] == sum(p["status"] == "declined" for p in mine)
        assert board["decline"]["out_of"] == len(answered)
        met = {m["pairing"] for m in meetings if m["status"] == "completed"}
        assert sorted(w["pairing"] for w in board["never_met"]) == sorted(
            p["id"] for p in mine if p["status"] == "active" and p["id"] not in met
        )
        waiting = [p for p in mine if p["status"] == "proposed" and p["health"] == "needs_attention"]
        assert board["pending_too_long_total"] == len(waiting)
        assert board["trend"][-1]["stalled"] == sum(p["health"] == "stalled" for p in mine)
        assert board["trend"][-1]["needs_attention"] == sum(p["health"] == "needs_attention" for p in mine)
