"""The sheets of the exchange workbook and their columns, with the English and Norwegian headers accepted."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Column:
    """One column: `key` names the field, `header` is written on export, `aliases` are also accepted on import.

    `kind` says how a cell is read (text, postcode, int, float, list, date, datetime, version); `read_only` columns
    are written for the reader's information and ignored on import; `choices` names a drop-down list.
    """

    key: str
    header: str
    aliases: tuple[str, ...] = ()
    kind: str = "text"
    width: int = 16
    read_only: bool = False
    choices: str | None = None
    multi: bool = False


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


def normalise(header: object) -> str:
    """Headers match whatever their case, spacing and punctuation: 'E-post ' matches 'epost'."""
    return re.sub(r"[\s_\-.()/:*'’]+", "", str(header or "").casefold())


ID = Column("id", "ID", ("Id nr",), kind="id", width=38)
ROW_VERSION = Column("row_version", "Row version", ("Radversjon", "Versjon", "Version"), kind="version", width=34)
NAME = Column("name", "Name", ("Navn", "Fullt navn", "Full name"), width=26)
EMAIL = Column("email", "Email", ("E-post", "Epost", "E-postadresse", "E-mail", "Mail", "Email address"), width=30)
PHONE = Column("phone", "Phone", ("Telefon", "Tlf", "Mobil", "Telefonnummer", "Mobile", "Telephone"), width=18)
POSTCODE = Column("postcode", "Postcode", ("Postnummer", "Postnr", "Post code", "Postal code", "Zip"), "postcode", 11)
MUNICIPALITY = Column("municipality", "Municipality", ("Kommune",), width=18)
COUNTY = Column("county", "County", ("Fylke",), width=18)
LATITUDE = Column("latitude", "Latitude", ("Breddegrad", "Lat"), kind="float", width=11)
LONGITUDE = Column("longitude", "Longitude", ("Lengdegrad", "Lon", "Lng", "Long"), kind="float", width=11)
PROGRAMME = Column("programme", "Programme", ("Program", "Programnavn", "Program name"), width=26, choices="programmes")
SPECIALISATIONS = Column(
    "specialisations",
    "Specialisations",
    ("Specializations", "Specialisation", "Spesialiseringer", "Spesialisering", "Fagområder", "Fagområde"),
    kind="list",
    width=34,
    choices="specialisations",
    multi=True,
)
SLOTS = Column(
    "slots",
    "Slots",
    ("Tidspunkter", "Tider", "Ukentlige tider", "Weekly slots", "Tilgjengelige tider"),
    kind="list",
    width=30,
    choices="slots",
    multi=True,
)
MODALITIES = Column(
    "modalities",
    "Modalities",
    ("Møteformer", "Møteform", "Kontaktform", "Kontaktformer", "Ways of meeting"),
    kind="list",
    width=22,
    choices="modalities",
    multi=True,
)
EXTERNAL_REF = Column("external_ref", "External ref", ("Ekstern referanse", "Ekstern ref", "External reference"))
LANGUAGES = Column("languages", "Languages", ("Språk", "Language"), kind="list", width=18)
CONTACT = Column(
    "contact_preferences",
    "Contact preferences",
    ("Kontaktmåte", "Kontaktmåter", "Kontakt via", "Nås via", "Contact", "Reach by"),
    kind="list",
    width=24,
    choices="contact_preferences",
    multi=True,
)
PERSON_COLUMNS = (ID, NAME, EMAIL, PHONE, POSTCODE, MUNICIPALITY, COUNTY, LATITUDE, LONGITUDE, PROGRAMME)

MENTORS = SheetSpec(
    "mentors",
    "Mentors",
    ("Mentorer", "Mentor", "Likepersoner"),
    (
        *PERSON_COLUMNS,
        Column("role", "Role", ("Rolle", "Mentorrolle", "Mentor role"), width=14, choices="mentor_roles"),
        Column("state", "State", ("Status", "Tilstand"), width=12, choices="mentor_states"),
        Column("availability", "Availability", ("Tilgjengelighet", "Tilgjengelig"), width=14, choices="availability"),
        Column("unavailable_until", "Unavailable until", ("Utilgjengelig til", "Borte til"), kind="date", width=14),
        Column("capacity", "Capacity", ("Kapasitet", "Maks mentees", "Max mentees"), kind="int", width=10),
        SPECIALISATIONS,
        SLOTS,
        MODALITIES,
        Column(
            "max_travel_km",
            "Max travel km",
            ("Maks reiseavstand km", "Maks reiseavstand", "Reiseavstand km", "Maks reise km", "Max travel"),
            kind="int",
            width=12,
        ),
        Column("bio", "Bio", ("Om meg", "Biografi", "Beskrivelse", "Presentasjon"), width=40),
        LANGUAGES,
        CONTACT,
        EXTERNAL_REF,
        ROW_VERSION,
    ),
)

MENTEES = SheetSpec(
    "mentees",
    "Mentees",
    ("Menteer", "Mentee", "Adepter", "Deltakere"),
    (
        *PERSON_COLUMNS,
        Column("state", "State", ("Status", "Tilstand"), width=12, choices="mentee_states"),
        SPECIALISATIONS,
        SLOTS,
        MODALITIES,
        LANGUAGES,
        CONTACT,
        EXTERNAL_REF,
        ROW_VERSION,
    ),
)

PAIRING_ID = Column("pairing_id", "Pairing ID", ("Par-ID", "Parid", "Pairing"), kind="id", width=38)
MENTOR_NAME = Column("mentor", "Mentor", (), width=24, read_only=True)
MENTEE_NAME = Column("mentee", "Mentee", (), width=24, read_only=True)

PAIRINGS = SheetSpec(
    "pairings",
    "Pairings",
    ("Par", "Paringer", "Koblinger", "Mentorpar"),
    (
        ID,
        PROGRAMME,
        Column("mentor_id", "Mentor ID", ("Mentor-ID", "Mentor e-post", "Mentor email"), kind="id", width=38),
        MENTOR_NAME,
        Column("mentee_id", "Mentee ID", ("Mentee-ID", "Mentee e-post", "Mentee email"), kind="id", width=38),
        MENTEE_NAME,
        Column("status", "Status", ("Tilstand", "State"), width=12, choices="pairing_statuses"),
        Column("health", "Health", ("Helse", "Helsestatus"), width=16, read_only=True),
        Column("stage", "Stage", ("Steg", "Fase"), width=20, read_only=True),
        Column("score", "Score", ("Poeng", "Matchpoeng"), kind="float", width=8, read_only=True),
        Column("reasons", "Reasons", ("Begrunnelse", "Grunner"), width=50, read_only=True),
        Column("proposed_at", "Proposed", ("Foreslått",), kind="datetime", width=17, read_only=True),
        Column("activated_at", "Activated", ("Aktivert", "Startet"), kind="datetime", width=17, read_only=True),
        Column("ended_at", "Ended", ("Avsluttet",), kind="datetime", width=17, read_only=True),
        Column(
            "dissolution_reason",
            "Dissolution reason",
            ("Årsak til oppløsning", "Oppløsningsårsak", "Reason"),
            width=20,
            choices="dissolution_reasons",
        ),
        Column("note", "Note", ("Merknad", "Notat", "Kommentar"), width=30),
        Column("last_activity_at", "Last activity", ("Siste aktivitet",), kind="datetime", width=17, read_only=True),
        ROW_VERSION,
    ),
)

MILESTONES = SheetSpec(
    "milestones",
    "Milestones",
    ("Milepæler", "Milepaeler", "Milepeler"),
    (
        ID,
        PAIRING_ID,
        MENTOR_NAME,
        MENTEE_NAME,
        Column("position", "No.", ("Nr", "Number", "Position", "#"), kind="int", width=6, read_only=True),
        Column("title", "Milestone", ("Milepæl", "Title", "Tittel"), width=26, read_only=True),
        Column("due_date", "Due", ("Frist", "Due date"), kind="date", width=12, read_only=True),
        Column("status", "Status", ("Tilstand", "State"), width=14, choices="milestone_statuses"),
        Column("started_at", "Started", ("Startet",), kind="datetime", width=17, read_only=True),
        Column("completed_at", "Completed", ("Fullført",), kind="datetime", width=17, read_only=True),
        Column("completed_by", "Completed by", ("Fullført av",), width=20, read_only=True),
        ROW_VERSION,
    ),
)

MEETINGS = SheetSpec(
    "meetings",
    "Meetings",
    ("Møter", "Moter", "Møte"),
    (
        ID,
        PAIRING_ID,
        MENTOR_NAME,
        MENTEE_NAME,
        Column("scheduled_at", "Scheduled", ("Scheduled at", "Tidspunkt", "Dato og tid", "Når"), "datetime", 17),
        Column("duration_minutes", "Duration minutes", ("Varighet minutter", "Varighet", "Duration"), "int", 10),
        Column("modality", "Modality", ("Møteform", "Form"), width=12, choices="modalities"),
        Column("status", "Status", ("Tilstand", "State"), width=12, choices="meeting_statuses"),
        Column("reason", "Reason", ("Årsak", "Grunn"), width=24),
        Column("summary", "Summary", ("Oppsummering", "Referat", "Sammendrag"), width=40),
        ROW_VERSION,
    ),
)

SHEETS: tuple[SheetSpec, ...] = (MENTORS, MENTEES, PAIRINGS, MILESTONES, MEETINGS)
MENTOR_ONLY = frozenset({"role", "availability", "unavailable_until", "capacity", "max_travel_km", "bio"})


# Where a column is written, so that a printed page starts with what a person reads: who (0), where the record
# stands (1), the details (2, the default), then references (3); IDs and row versions (4) come last. Import matches
# headers by name, so this order is only the writer's; within a place, columns keep their order above.
PRINT_PLACE: dict[str, int] = {
    "name": 0, "mentor": 0, "mentee": 0,
    "state": 1, "status": 1, "health": 1, "stage": 1, "availability": 1, "unavailable_until": 1, "position": 1,
    "title": 1, "scheduled_at": 1,
    "reasons": 3, "programme": 3, "latitude": 3, "longitude": 3, "external_ref": 3,
}  # fmt: skip
MACHINE_KINDS = frozenset({"id", "version"})
MACHINE_PLACE = 4


def print_place(column: Column) -> int:
    return MACHINE_PLACE if column.kind in MACHINE_KINDS else PRINT_PLACE.get(column.key, 2)


def printed_order(columns: tuple[Column, ...] | list[Column]) -> list[int]:
    """Positions in ``columns`` in the order the writer puts them on the sheet (see PRINT_PLACE)."""
    return sorted(range(len(columns)), key=lambda position: print_place(columns[position]))


def sheet_spec(name: str) -> SheetSpec | None:
    """The sheet a name stands for ('Mentors', 'mentorer', 'MØTER' …), or None."""
    wanted = normalise(name)
    for spec in SHEETS:
        if wanted in {normalise(spec.key), normalise(spec.title), *(normalise(a) for a in spec.aliases)}:
            return spec
    return None


def header_index(spec: SheetSpec) -> dict[str, str]:
    """Normalised header text → column key, for one sheet."""
    index: dict[str, str] = {}
    for column in spec.columns:
        for text in (column.header, column.key, *column.aliases):
            index.setdefault(normalise(text), column.key)
    return index


HEADER_INDEXES = {spec.key: header_index(spec) for spec in SHEETS}


def recognise(headers: list[object]) -> SheetSpec | None:
    """Which sheet a header row belongs to, judged by its columns (for CSV files and sheets with other names)."""
    found = {normalise(h) for h in headers if h is not None and str(h).strip()}

    def has(spec: SheetSpec, *keys: str) -> bool:
        index = HEADER_INDEXES[spec.key]
        present = {index[h] for h in found if h in index}
        return all(k in present for k in keys)

    if has(PAIRINGS, "mentor_id", "mentee_id"):
        return PAIRINGS
    if has(MEETINGS, "pairing_id", "scheduled_at"):
        return MEETINGS
    if has(MILESTONES, "pairing_id", "status"):
        return MILESTONES
    if not has(MENTEES, "name"):
        return None
    mentor_index = HEADER_INDEXES["mentors"]
    if any(mentor_index.get(h) in MENTOR_ONLY for h in found):
        return MENTORS
    return MENTEES
