"""`portal link|revoke|renew-calendar|links|serve`: personal links for mentors, and the read-only web portal itself."""

from __future__ import annotations

import os
from typing import Any

from app.cli.output import emit_json, line, table
from app.cli.session import CliState


def cmd_link(state: CliState) -> int:
    from app.services.portal.links import DEFAULT_BASE_URL, issue_link

    a = state.args
    base = a.base_url or os.environ.get("MENTOR_PORTAL_URL") or DEFAULT_BASE_URL
    issued = issue_link(state.context(), a.mentor, days=a.days, base_url=base)
    if state.json:
        emit_json(
            {"url": issued.url, "expires_at": _local(issued.expires_at), "id": issued.id, "mentor": issued.mentor}
        )
    else:
        line(f"Personal link for {issued.mentor_name} (shown only now; send it to the mentor):")
        line(issued.url)
        line(f"valid until {_shown(issued.expires_at)} (Oslo time)")
    return 0


def cmd_revoke(state: CliState) -> int:
    from app.services.portal.links import revoke_links

    rows = revoke_links(state.context(), state.args.mentor)
    if state.json:
        emit_json({"revoked": len(rows), "links": [r.id for r in rows]})
    else:
        line(f"{len(rows)} link(s) revoked; sessions opened with them end at once.")
    return 0


def cmd_renew_calendar(state: CliState) -> int:
    from app.services.portal.links import renew_calendar

    renewed = renew_calendar(state.context(), state.args.mentor)
    if state.json:
        emit_json({"renewed": renewed})
    else:
        line(
            "The old calendar address no longer works. The mentor finds the new one on their "
            "'My mentees' page and subscribes to it again."
        )
    return 0


def cmd_links(state: CliState) -> int:
    from app.services.portal.links import list_links

    rows = list_links(state.context(), state.args.mentor)
    if state.json:
        emit_json(
            [
                {
                    **r.to_json(),
                    "created_at": _local(r.created_at),
                    "expires_at": _local(r.expires_at),
                    "revoked_at": _local(r.revoked_at),
                }
                for r in rows
            ]
        )
    else:
        table(
            [[r.mentor_name, r.state, _shown(r.created_at), _shown(r.expires_at), r.created_by, r.id] for r in rows],
            ["mentor", "state", "issued", "expires", "by", "id"],
        )
    return 0


def cmd_serve(state: CliState) -> int:
    from pathlib import Path

    from app.errors import DomainError
    from app.installation import user_config_dir
    from app.portal.database import PortalDatabaseError
    from app.portal.server import serve

    a = state.args
    secret = Path(a.secret_file) if a.secret_file else user_config_dir() / "portal-secret"
    try:
        return serve(
            state.url,
            host=a.host,
            port=a.port,
            role=a.portal_role,
            secret_file=secret,
            forwarded_allow_ips=a.forwarded_allow_ips,
            workers=max(1, a.workers),
        )
    except PortalDatabaseError as exc:
        raise DomainError(str(exc)) from exc


def _local(value: Any) -> str | None:
    from app.localtime import to_local

    return None if value is None else to_local(value).isoformat()


def _shown(value: Any) -> str:
    from app.localtime import show_local

    return show_local(value)
