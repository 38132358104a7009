"""Reading cell values as spreadsheets really hold them: numbers as text, text as numbers, Excel dates, lists."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from openpyxl.utils.datetime import from_excel

logger = logging.getLogger(__name__)

# Dates and times in a workbook are local wall-clock times of the programme's country.
LOCAL_ZONE = ZoneInfo("Europe/Oslo")


class CellError(ValueError):
    """The cell's value cannot be read as the column asks; the message is for a coordinator."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """Any cell as trimmed text; whole numbers stored as numbers lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def postcode(value: object) -> str:
    """Norwegian postcodes have four digits: 150 stored as a number, or '150' from a CSV, reads as '0150'."""
    result = text(value)
    if result.isdigit() and len(result) < 4:
        return result.zfill(4)
    return result


def integer(value: object) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(f"'{value}' is not a whole number.")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellError(f"'{text(value)}' is not a whole number.")
    cleaned = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"[+-]?\d+([.,]0+)?", cleaned):
        return int(re.split(r"[.,]", cleaned)[0])
    raise CellError(f"'{text(value)}' is not a whole number.")


def decimal(value: object) -> float | None:
    """A number; text may use a decimal comma ('59,91')."""
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    cleaned = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise CellError(f"'{text(value)}' is not a number.") from None


def items(value: object) -> list[str]:
    """A list cell: values separated by ';' or ',' (or line breaks)."""
    if is_blank(value):
        return []
    return [part.strip() for part in re.split(r"[;,\n]", text(value)) if part.strip()]


DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y")
TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%H.%M", "kl. %H:%M", "kl %H:%M", "kl. %H.%M", "kl %H.%M")


def _from_serial(value: float) -> datetime:
    try:
        result = from_excel(value)
    except (ValueError, OverflowError):
        raise CellError(f"'{text(value)}' is not a date.") from None
    if not isinstance(result, datetime):
        raise CellError(f"'{text(value)}' is not a date.")
    return result


def day(value: object) -> date | None:
    """A date from an Excel date, an Excel serial number, or text such as 2026-05-01 or 01.05.2026."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value)).date()
    raw = text(value)
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(raw).date()
    except ValueError:
        raise CellError(f"'{raw}' is not a date. Write it as 2026-05-01 or 01.05.2026.") from None


def moment(value: object, zone: tzinfo = LOCAL_ZONE) -> datetime | None:
    """A date and time; Excel values and text without a zone are local wall-clock time, returned as UTC."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, date):
        found = datetime.combine(value, time(0))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        found = _from_serial(float(value))
    else:
        found = _parse_moment(text(value))
    if found.tzinfo is None:
        found = found.replace(tzinfo=zone)
    return found.astimezone(UTC)


def _parse_moment(raw: str) -> datetime:
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        pass
    parts = raw.replace(",", " ").split(None, 1)
    if len(parts) == 2:
        for date_pattern in DATE_FORMATS:
            for time_pattern in TIME_FORMATS:
                try:
                    return datetime.strptime(f"{parts[0]} {parts[1].strip()}", f"{date_pattern} {time_pattern}")
                except ValueError:
                    continue
    raise CellError(f"'{raw}' is not a date and time. Write it as 2026-05-01 18:00 or 01.05.2026 18:00.")


def version(value: object) -> datetime | None:
    """A row version (the record's last change, ISO text with microseconds); None when blank."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        found = datetime.fromisoformat(text(value))
    except ValueError:
        raise CellError(f"'{text(value)}' is not a row version; leave this column as it was exported.") from None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def version_text(value: datetime) -> str:
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


def local(value: datetime | None, zone: tzinfo = LOCAL_ZONE) -> datetime | None:
    """A stored UTC time as the naive local time a spreadsheet shows."""
    if value is None:
        return None
    return value.astimezone(zone).replace(tzinfo=None)


def local_cell(value: datetime | None, zone: tzinfo = LOCAL_ZONE) -> datetime | str | None:
    """A stored UTC time for a spreadsheet cell: local wall-clock time, except in the hour the autumn clock change
    repeats, where it is text with its UTC offset ('2026-10-25 02:40+01:00'), so that reading it back (`moment`)
    gives the same moment and not the hour before."""
    if value is None:
        return None
    here = value.astimezone(zone)
    naive = here.replace(tzinfo=None)
    if naive.replace(tzinfo=zone, fold=0).utcoffset() == naive.replace(tzinfo=zone, fold=1).utcoffset():
        return naive
    return here.isoformat(sep=" ", timespec="minutes")
