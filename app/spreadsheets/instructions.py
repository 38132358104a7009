"""The Instructions sheet of the template workbook, in English and Norwegian Bokmål."""

from __future__ import annotations

import logging

from app.spreadsheets.columns import MENTEES, MENTORS, SheetSpec

logger = logging.getLogger(__name__)


def _columns(spec: SheetSpec) -> str:
    return ", ".join(f"{c.header} ({c.aliases[0]})" if c.aliases else c.header for c in spec.columns if not c.read_only)


def template_instructions(lists: dict[str, list[str]]) -> list[str]:
    """One paragraph per row; the first is the title."""
    programmes = ", ".join(lists.get("programmes", [])) or "(none yet: create the programme in the app first)"
    specialisations = "; ".join(lists.get("specialisations", []))
    return [
        "Mentor Coordinator: import template / importmal",
        "Fill in one row per person on the Mentors and Mentees sheets, save, then choose File → Import in the app "
        "(or run: mentor-coordinator import FILE --dry-run). Nothing is saved until every problem is fixed; "
        "the preview lists each problem with its sheet, row and column.",
        "Fyll inn én rad per person på arkene Mentors og Mentees, lagre, og velg Fil → Importer i programmet. "
        "Ingenting lagres før alle feil er rettet; forhåndsvisningen viser hver feil med ark, rad og kolonne.",
        f"Mentors columns: {_columns(MENTORS)}.",
        f"Mentees columns: {_columns(MENTEES)}.",
        "Required: Name, and an Email (or an ID) so the row is found again next time. Programme: the programme's "
        f"name ({programmes}), unless the import is told which one. Leave ID and Row version empty for new people.",
        "Påkrevd: Navn og E-post. Program: programmets navn. La ID og Radversjon stå tomme for nye personer.",
        "Lists: separate values with ; or , — Slots like 'Mon evening; Wed morning' (or 'man kveld; ons morgen'); "
        "Modalities like 'in person; phone; video' (or 'fysisk; telefon; video').",
        f"Specialisations, in English or Norwegian: {specialisations}.",
        "Role: mentor, senior mentor or trainee. Mentor state: applied, approved, paused, withdrawn. Mentee state: "
        "waiting or withdrawn. Availability: available, or unavailable with a date in 'Unavailable until'.",
        "Postcodes keep their leading zero (0150). Dates: 2026-05-01 or 01.05.2026. Capacity: 1–50 mentees. "
        "Max travel km: 0–2000. Bio: at most 500 characters.",
    ]
