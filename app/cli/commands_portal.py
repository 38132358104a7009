"""`portal link|revoke|links|serve`: personal links for mentors, and the read-only web portal itself."""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.cli.output import emit_json, line, table
from app.cli.session import CliState


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("portal", parents=[common], help="the mentor portal and personal links")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("link", parents=[common], help="issue a personal link for a mentor (shown once)")
    p.add_argument("mentor", metavar="MENTOR", help="person id or exact e-mail")
    p.add_argument("--days", type=int, default=90, metavar="N", help="valid for N days (default 90)")
    p.add_argument(
        "--base-url",
        metavar="URL",
        default=None,
        help="the portal's public address (default: MENTOR_PORTAL_URL or http://127.0.0.1:8080)",
    )
    p.set_defaults(handler=cmd_link)

    p = sub.add_parser("revoke", parents=[common], help="revoke every link of a mentor (and end their sessions)")
    p.add_argument("mentor", metavar="MENTOR", help="person id or exact e-mail")
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("links", parents=[common], help="list issued links (without tokens)")
    p.add_argument("--mentor", metavar="MENTOR")
    p.set_defaults(handler=cmd_links)

    p = sub.add_parser("serve", parents=[common], help="run the read-only portal (uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument(
        "--portal-role",
        default="mentor_portal",
        metavar="ROLE",
        help="PostgreSQL: the read-only role to connect as (password: from the URL or MENTOR_PORTAL_PASSWORD)",
    )
    p.add_argument("--secret-file", metavar="PATH", help="key for sessions and calendar addresses")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IPS", help="trusted reverse proxies")
    p.set_defaults(handler=cmd_serve)


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
        )
    except PortalDatabaseError as exc:
        raise DomainError(str(exc)) from exc


def _local(value: Any) -> str | None:
    from app.localtime import to_local

    return None if value is None else to_local(value).isoformat()


def _shown(value: Any) -> str:
    from app.localtime import show_local

    return show_local(value)
