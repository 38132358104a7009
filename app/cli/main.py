"""Entry point: `mentor-coordinator [--db URL] [--json] [--as NAME] COMMAND …`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from app.cli import (
    commands_matching,
    commands_meetings,
    commands_pairings,
    commands_people,
    commands_portal,
    commands_programmes,
    commands_setup,
    commands_spreadsheets,
    commands_sync,
)
from app.cli.session import CliState
from app.errors import DomainError
from app.logging_setup import configure_logging

logger = logging.getLogger(__name__)

COMMAND_MODULES = [
    commands_setup,
    commands_programmes,
    commands_people,
    commands_pairings,
    commands_meetings,
    commands_matching,
    commands_spreadsheets,
    commands_sync,
    commands_portal,
]


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging()
    if args.command is None or args.command == "gui":
        return run_gui(args)
    state = CliState(args)
    try:
        return int(args.handler(state) or 0)
    except DomainError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        return 1
    except Exception as exc:  # a bug: log the traceback, show one line
        logger.exception("command %s failed", args.command)
        sys.stderr.write(f"error: unexpected {type(exc).__name__}: {exc} (details in the log file)\n")
        return 1
    finally:
        state.close()


def run_gui(args: argparse.Namespace) -> int:
    from app.gui import run  # Qt is imported only here

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
