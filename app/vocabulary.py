"""Weekly slots and ways of meeting: the canonical codes, and the words coordinators type for them (English, Bokmål).

The one home of these vocabularies: the matching engine, the services, the importer and the forms all read them here.
Plain Python (no ORM, no Qt), so the pure matching engine can use it. `app.models.enums.Modality` stores the same
codes; tests/views/test_labels.py keeps the two equal.
"""

from __future__ import annotations

from app.errors import InvalidInput

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS: tuple[str, ...] = ("morning", "afternoon", "evening")
# Every weekly slot, in calendar order (Monday morning first).
SLOTS: tuple[str, ...] = tuple(f"{day}_{part}" for day in DAYS for part in PARTS)
MODALITIES: tuple[str, ...] = ("in_person", "phone", "video")

__all__ = [
    "CONTACT_PREFERENCES", "DAYS", "MODALITIES", "PARTS", "SLOTS", "parse_contact_preferences", "parse_languages",
    "parse_modalities", "parse_slots", "slot_label", "words",
]  # fmt: skip

DAY_WORDS = {
    **{d: d for d in DAYS},
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
    "man": "mon",
    "tir": "tue",
    "ons": "wed",
    "tor": "thu",
    "fre": "fri",
    "lør": "sat",
    "lor": "sat",
    "søn": "sun",
    "son": "sun",
    "mandag": "mon",
    "tirsdag": "tue",
    "onsdag": "wed",
    "torsdag": "thu",
    "fredag": "fri",
    "lørdag": "sat",
    "søndag": "sun",
}
PART_WORDS = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "morgen": "morning",
    "formiddag": "morning",
    "ettermiddag": "afternoon",
    "kveld": "evening",
}
DAY_LABELS = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}

MODALITY_WORDS = {
    "in_person": "in_person",
    "in person": "in_person",
    "inperson": "in_person",
    "fysisk": "in_person",
    "face to face": "in_person",
    "phone": "phone",
    "telephone": "phone",
    "telefon": "phone",
    "video": "video",
    "videosamtale": "video",
}


def parse_slot(text: str) -> str:
    """'Mon evening', 'man kveld', 'mon_evening' → 'mon_evening'."""
    words = text.strip().lower().replace("_", " ").replace("-", " ").split()
    if len(words) == 2 and words[0] in DAY_WORDS and words[1] in PART_WORDS:
        return f"{DAY_WORDS[words[0]]}_{PART_WORDS[words[1]]}"
    raise InvalidInput(
        f"'{text}' is not a weekly slot. Write a day and a part of the day, for example 'Mon evening' or 'man kveld'."
    )


def parse_slots(items: list[str]) -> list[str]:
    found = {parse_slot(item) for item in items if item.strip()}
    return [slot for slot in SLOTS if slot in found]


def slot_label(slot: str) -> str:
    day, part = slot.split("_")
    return f"{DAY_LABELS[day]} {part}"


def words(code: str | None) -> str:
    """A stored code as the text a coordinator reads and may type back: 'senior_mentor' → 'senior mentor'."""
    return (code or "").replace("_", " ")


def parse_modality(text: str) -> str:
    key = " ".join(text.strip().lower().replace("_", " ").split())
    if key in MODALITY_WORDS:
        return MODALITY_WORDS[key]
    raise InvalidInput(f"'{text}' is not a way of meeting. Use in person, phone or video.")


def parse_modalities(items: list[str]) -> list[str]:
    found = {parse_modality(item) for item in items if item.strip()}
    return [m for m in MODALITIES if m in found]


# How a person wants to be reached (reminders use it): the codes, and the words coordinators type for them.
CONTACT_PREFERENCES: tuple[str, ...] = ("phone", "email", "braille", "large_print", "audio")
CONTACT_WORDS = {
    "phone": "phone", "telephone": "phone", "telefon": "phone", "tlf": "phone", "mobil": "phone", "sms": "phone",
    "email": "email", "e-mail": "email", "mail": "email", "e-post": "email", "epost": "email",
    "braille": "braille", "punktskrift": "braille",
    "large print": "large_print", "large_print": "large_print", "stor skrift": "large_print",
    "storskrift": "large_print", "forstørret skrift": "large_print",
    "audio": "audio", "lyd": "audio", "lydfil": "audio", "tale": "audio", "daisy": "audio",
}  # fmt: skip
MAX_LANGUAGES = 10


def parse_contact_preference(text: str) -> str:
    key = " ".join(text.strip().lower().replace("_", " ").split())
    if key in CONTACT_WORDS:
        return CONTACT_WORDS[key]
    raise InvalidInput(f"'{text}' is not a way to reach a person. Use phone, e-mail, braille, large print or audio.")


def parse_contact_preferences(items: list[str]) -> list[str]:
    """In the order the person gave them (the first is the one they prefer), each once."""
    found: list[str] = []
    for item in items:
        if item.strip() and (code := parse_contact_preference(item)) not in found:
            found.append(code)
    return found


def parse_languages(items: list[str]) -> list[str]:
    """Languages as written ('norsk', 'English', 'nordsamisk'), each once whatever its case, at most ten."""
    found: list[str] = []
    for item in items:
        name = " ".join(item.split())
        if not name:
            continue
        if len(name) > 40:
            raise InvalidInput(f"'{name[:40]}…' is too long for a language (at most 40 characters).")
        if name.casefold() not in (f.casefold() for f in found):
            found.append(name)
    if len(found) > MAX_LANGUAGES:
        raise InvalidInput(f"Give at most {MAX_LANGUAGES} languages.")
    return found
