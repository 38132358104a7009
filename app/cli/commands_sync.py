"""`server init`, `sync [--server URL]`, `conflicts list|resolve ID --keep local|server`."""

from __future__ import annotations

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.errors import InvalidInput


def cmd_server_init(state: CliState) -> int:
    from app.sync.server_setup import init_server

    a = state.args
    info = init_server(a.url, a.coordinator_role, a.portal_role)
    if state.json:
        emit_json(info.as_json())
    else:
        line(f"The server at {info.server} is ready (schema {info.schema}).")
        for role in info.roles:
            line(f"  role {role['name']}: {role['kind']}, {role['access']}")
        line("Set a password for each role (ALTER ROLE … PASSWORD …) before others connect over the network.")
    return 0


def cmd_sync(state: CliState) -> int:
    from app.sync.engine import run_sync

    ctx = state.context()
    if state.args.server:
        ctx.installation.set("server_url", state.args.server)
    url = ctx.installation.server_url
    if not url:
        raise InvalidInput("No server is set: run `sync --server postgresql://user@host/database` once.")
    report = run_sync(ctx, url)
    if state.json:
        emit_json(report.as_json())
        return 0
    line(f"Synced with {report.server}: sent {report.pushed} changes, received {report.pulled}.")
    if report.conflicts or report.refused:
        line(f"{report.conflicts} conflict(s) and {report.refused} refused change(s) this time; see `conflicts list`.")
    elif report.open_conflicts:
        line(f"{report.open_conflicts} conflict(s) still wait for you; see `conflicts list`.")
    return 0


def cmd_conflicts_list(state: CliState) -> int:
    from app.sync.conflicts import list_conflicts

    rows = list_conflicts(state.context())
    if state.json:
        emit_json([r.as_json() for r in rows])
    elif not rows:
        line("No conflicts: everything you changed reached the server as you wrote it.")
    else:
        table([[r.id[:8], r.kind, r.summary] for r in rows], ["id", "kind", "what happened"])
    return 0


def cmd_conflicts_resolve(state: CliState) -> int:
    from app.sync.conflicts import resolve_conflict

    row = resolve_conflict(state.context(), state.args.id, state.args.keep)
    if state.json:
        emit_json({**row.as_json(), "kept": state.args.keep})
    elif state.args.keep == "local":
        line(f"Kept yours: {row.subject} will be sent again at the next sync.")
    else:
        line(f"Took the server's: {row.subject} now matches the server.")
    return 0
