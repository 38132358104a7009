"""Checks on plain input values, each failing with a sentence a coordinator understands."""

from __future__ import annotations

import re

from app.errors import InvalidInput

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def required_text(value: str | None, label: str, max_length: int) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{label} is required.")
    return limited_text(text, label, max_length)


def limited_text(value: str | None, label: str, max_length: int) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise InvalidInput(f"{label} is too long: {len(text)} characters, at most {max_length} allowed.")
    return text


def optional_text(value: str | None, label: str, max_length: int) -> str | None:
    text = limited_text(value, label, max_length)
    return text or None


def email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not EMAIL_RE.match(text):
        raise InvalidInput(f"'{text}' is not a valid e-mail address.")
    return text.lower()


def whole_number(value: int | str | None, label: str, minimum: int, maximum: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidInput(f"{label} must be a whole number, not '{value}'.") from None
    if number < minimum or number > maximum:
        raise InvalidInput(f"{label} must be between {minimum} and {maximum}, not {number}.")
    return number


def coordinates(latitude: float | None, longitude: float | None) -> tuple[float | None, float | None]:
    if latitude is None and longitude is None:
        return None, None
    if latitude is None or longitude is None:
        raise InvalidInput("Give both latitude and longitude, or neither.")
    if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
        raise InvalidInput(f"The position {latitude}, {longitude} is not on the map.")
    return float(latitude), float(longitude)


def choice(value: str, allowed: tuple[str, ...], label: str) -> str:
    text = value.strip().lower().replace(" ", "_").replace("-", "_")
    if text not in allowed:
        raise InvalidInput(f"'{value}' is not a known {label}. Choose one of: {', '.join(allowed)}.")
    return text
