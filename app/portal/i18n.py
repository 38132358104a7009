"""Per-request language for the portal: gettext callables that read a context variable (not one global language).

Strings are written in English in the templates and code; `translations/nb/LC_MESSAGES/portal.po` holds Bokmål, the
default. The catalogue is compiled in memory at start (Babel), so no binary `.mo` file lives in the repository.
"""

from __future__ import annotations

import gettext as gettext_module
import io
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

from babel.dates import format_date, format_datetime, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from markupsafe import Markup

from app.localtime import OSLO

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
BABEL_LOCALE = {"nb": "nb_NO", "en": "en_GB"}
CATALOGUE_DIR = Path(__file__).parent / "translations"

current_language: ContextVar[str] = ContextVar("portal_language", default=DEFAULT_LANGUAGE)


@cache
def translations(language: str) -> gettext_module.NullTranslations:
    po = CATALOGUE_DIR / language / "LC_MESSAGES" / "portal.po"
    if not po.exists():
        return gettext_module.NullTranslations()
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    return gettext_module.GNUTranslations(buffer)


def gettext(message: str) -> str:
    return translations(current_language.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_language.get()).ngettext(singular, plural, n)


_ = gettext


@lru_cache(maxsize=2048)
def _markup(language: str, message: str) -> Markup:
    return Markup(translations(language).gettext(message))


def template_gettext(message: str, /, **variables: object) -> Markup:
    """Jinja's new-style `_()` for the (HTML, autoescaped) templates, with each translation looked up once.

    The same contract as `install_gettext_callables(newstyle=True)`: the translation is trusted markup, the variables
    are escaped, and the message is always %-formatted. Jinja's own wrapper costs three context calls per string,
    a sizeable share of a page that has dozens of them.
    """
    return _markup(current_language.get(), message) % variables


def _locale() -> str:
    return BABEL_LOCALE[current_language.get()]


def when(value: datetime | None) -> str:
    """'tirsdag 10. mars 2026 kl. 18:00' (Oslo time), or the English equivalent."""
    return "" if value is None else _when(value, current_language.get())


# Pure functions of an immutable value and the language, asked for the same few dates on every page: worth keeping.
@lru_cache(maxsize=8192)
def _when(value: datetime, language: str) -> str:
    local = value.astimezone(OSLO)
    if language == "nb":
        return format_datetime(local, "EEEE d. MMMM y 'kl.' HH:mm", tzinfo=OSLO, locale="nb_NO")
    return format_datetime(local, "EEEE d MMMM y 'at' HH:mm", tzinfo=OSLO, locale="en_GB")


def on_day(value: date | datetime | None) -> str:
    """'10. mars 2026' / '10 March 2026'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(OSLO).date()
    return _on_day(value, current_language.get())


@lru_cache(maxsize=8192)
def _on_day(value: date, language: str) -> str:
    return format_date(value, "long", locale=BABEL_LOCALE[language])


def clock(value: datetime | None) -> str:
    return "" if value is None else format_time(value.astimezone(OSLO), "HH:mm", tzinfo=OSLO, locale=_locale())


def iso(value: datetime | date | None) -> str:
    """Machine-readable value for `<time datetime>`."""
    if value is None:
        return ""
    return value.astimezone(OSLO).isoformat(timespec="minutes") if isinstance(value, datetime) else value.isoformat()
