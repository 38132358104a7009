"""Entry point: `mentor-coordinator [--db URL] [--json] [--as NAME] COMMAND …`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.cli.parser import build_parser
from app.errors import DomainError
from app.logging_setup import configure_logging

if TYPE_CHECKING:
    from app.cli.session import CliState

logger = logging.getLogger(__name__)

__all__ = ["build_parser", "main"]


def command_handler(target: str) -> Callable[[CliState], int | None]:
    """Import a command's module on dispatch: `target` is "module:function", as app.cli.parser names it."""
    module, _, function = target.partition(":")
    handler: Callable[[CliState], int | None] = getattr(importlib.import_module(module), function)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _private_files(args)
    except DomainError as exc:  # no data folder can be made (read-only or full disk): a sentence
        sys.stderr.write(f"error: {exc.message}\n")
        return 1
    except OSError:  # permissions cannot be tightened on a read-only disk; opening the database says what is wrong
        logger.debug("could not tighten file permissions", exc_info=True)  # (logging is not set up yet)
    configure_logging()
    if args.command is None or args.command == "gui":
        return run_gui(args)
    from app.cli.session import CliState  # opens the database: SQLAlchemy loads here, not for --help

    state = CliState(args)
    try:
        return int(command_handler(args.handler)(state) or 0)
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
        disk = _disk_problem(exc, state)
        if disk:
            sys.stderr.write(f"error: {disk}\n")
            return 1
        sys.stderr.write(f"error: unexpected {type(exc).__name__}: {exc} (details in the log file)\n")
        return 1
    finally:
        state.close()


def _private_files(args: argparse.Namespace) -> None:
    """Before the log or the database is opened, so both are created readable by their owner only."""
    from app.file_privacy import secure_files
    from app.installation import user_config_dir
    from app.paths import default_database_url, user_data_dir

    secure_files(user_data_dir(), user_config_dir(), str(getattr(args, "db", None) or default_database_url()))


def _disk_problem(exc: BaseException, state: CliState) -> str | None:
    """A read-only or full disk met mid-command (SQLite's own error) as a sentence; the transaction was rolled back."""
    from app.storage import as_storage_error, sqlite_path

    try:
        where: object = sqlite_path(state.url) or state.url
    except DomainError:
        where = "the data folder"
    problem = as_storage_error(exc, str(where))
    return None if problem is None else problem.message


def run_gui(args: argparse.Namespace) -> int:
    from app.gui import run  # Qt is imported only here

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
