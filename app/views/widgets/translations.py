"""The interface language: English or Norwegian Bokmål, chosen in the app and remembered per installation."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.installation import Installation, current_installation
from app.paths import RESOURCES_DIR

logger = logging.getLogger(__name__)

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
LANGUAGE_KEY = "language"  # in the installation's settings file
# Codes kept in the settings file → the locale that gives words, decimal separator and date format.
LANGUAGES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
}
_installed: list[QTranslator] = []  # translators must outlive the call that installs them


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> bool:
    """Install the app's and Qt's own translations for `locale` (default: the system's); False when none fits.

    Qt's own words (file dialogs, message-box buttons) come from `qtbase_<lang>.qm` in PySide6's translations folder.
    """
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)
    found = False
    # PySide6 ships no qtbase_nb (only Nynorsk), so the Bokmål words of Qt's own dialogs come with the app; Qt's
    # folder serves every other language.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folders in (
        ("mentor_coordinator", [str(TRANSLATIONS_DIR)]),
        ("qtbase", [str(TRANSLATIONS_DIR), qt_folder]),
    ):
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                _installed.append(translator)
                found = found or name == "mentor_coordinator"
                break
    logger.info("interface language %s: %s", locale.name(), "translated" if found else "English")
    return found


def remove_translations(app: QCoreApplication) -> None:
    """Take the installed translations out again (switching languages, and tests)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def chosen_language(installation: Installation | None = None) -> str:
    """The language saved for this installation, else Bokmål on a Norwegian system, else English."""
    saved = (installation or current_installation()).get(LANGUAGE_KEY)
    if saved in LANGUAGES:
        return str(saved)
    system = QLocale.system().language()
    return "nb" if system in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk) else "en"


def current_language() -> str:
    """The language the interface shows now."""
    return "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"


def save_language(code: str, installation: Installation | None = None) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    (installation or current_installation()).set(LANGUAGE_KEY, code)


def use_language(app: QCoreApplication, code: str) -> None:
    """Show the interface in `code` from now on: windows built after this speak it (English needs no .qm file)."""
    remove_translations(app)
    install_translations(app, LANGUAGES[code])
