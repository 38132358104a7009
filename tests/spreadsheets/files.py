"""Writing real spreadsheet files for tests: .xlsx through openpyxl, .csv through the csv module in any encoding."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

MENTOR_HEADER = [
    "ID", "Name", "Email", "Phone", "Postcode", "Municipality", "County", "Latitude", "Longitude", "Programme",
    "Role", "State", "Availability", "Capacity", "Specialisations", "Slots", "Modalities", "Max travel km", "Bio",
]  # fmt: skip
MENTEE_HEADER = [
    "ID", "Name", "Email", "Phone", "Postcode", "Municipality", "County", "Latitude", "Longitude", "Programme",
    "State", "Specialisations", "Slots", "Modalities",
]  # fmt: skip


def mentor(name: str, email: str, **overrides: Any) -> list[Any]:
    values = {
        "ID": None, "Name": name, "Email": email, "Phone": "+47 22 00 00 00", "Postcode": "0150",
        "Municipality": "Oslo", "County": "Oslo", "Latitude": 59.91, "Longitude": 10.75,
        "Programme": "Likeperson Oslo", "Role": "mentor", "State": "approved", "Availability": "available",
        "Capacity": 2, "Specialisations": "Braille; Guide dogs", "Slots": "Mon evening; Wed morning",
        "Modalities": "in person; phone", "Max travel km": 30, "Bio": "Retired teacher.",
    }  # fmt: skip
    values.update(overrides)
    return [values[h] for h in MENTOR_HEADER]


def mentee(name: str, email: str, **overrides: Any) -> list[Any]:
    values = {
        "ID": None, "Name": name, "Email": email, "Phone": "22 00 00 01", "Postcode": "0150",
        "Municipality": "Oslo", "County": "Oslo", "Latitude": None, "Longitude": None,
        "Programme": "Likeperson Oslo", "State": "waiting", "Specialisations": "Punktskrift",
        "Slots": "man kveld", "Modalities": "fysisk; telefon",
    }  # fmt: skip
    values.update(overrides)
    return [values[h] for h in MENTEE_HEADER]


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], *, encoding: str = "utf-8", delimiter: str = ",", bom: bool = False
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path
