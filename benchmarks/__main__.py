"""Dispatcher: ``python -m benchmarks NAME [ARGS...]`` runs ``benchmarks/NAME.py``'s ``main(ARGS)``.

``python -m benchmarks all`` runs every benchmark in a process of its own (so no benchmark's memory, imports or
Qt application weigh on the next) and exits 1 when any of them missed a budget or failed; ``make bench`` runs it.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import cast

import benchmarks


def available() -> list[str]:
    """Names of the benchmark modules in this package (every module with a ``main``)."""
    return sorted(
        info.name
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if not info.name.startswith("_") and not info.ispkg
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    names = available()
    if not args or args[0] in ("-h", "--help"):
        print(f"usage: python -m benchmarks {{{','.join([*names, 'all'])}}} [options]", file=sys.stderr)
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name == "all":
        return run_all(names, rest)
    if name not in names:
        print(f"unknown benchmark {name!r}; available: {', '.join(names)}", file=sys.stderr)
        return 2
    return run(name, rest)


def run_all(names: Sequence[str], args: list[str], spawn: Callable[[list[str]], int] | None = None) -> int:
    """Each benchmark in its own process; 0 if all exited 0, else 1, with the ones that did not named on stderr."""
    spawn = spawn or (lambda command: subprocess.run(command, check=False).returncode)
    failed = [name for name in names if spawn([sys.executable, "-m", "benchmarks", name, *args]) != 0]
    if failed:
        print(f"over budget or failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def run(name: str, args: list[str]) -> int:
    """Import ``benchmarks.<name>`` and call its ``main(args)``."""
    module = importlib.import_module(f"benchmarks.{name}")
    entry = cast(Callable[[list[str]], int | None], module.main)
    return entry(args) or 0


if __name__ == "__main__":
    sys.exit(main())
