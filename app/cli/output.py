"""Printing results as human text or as JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.services.core.rows import to_jsonable


def emit_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def table(rows: list[list[str]], headers: list[str]) -> None:
    if not rows:
        line("(none)")
        return
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    line("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        line("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
