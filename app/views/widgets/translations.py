"""Loading the interface translation that matches the user's locale (Norwegian Bokmål ships with the app)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import RESOURCES_DIR

logger = logging.getLogger(__name__)

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
_installed: list[QTranslator] = []  # translators must outlive the call that installs them


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> bool:
    """Install the app's and Qt's own translations for `locale` (default: the system's); False when none fits."""
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)
    found = False
    for name, folder in (
        ("mentor_coordinator", str(TRANSLATIONS_DIR)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            found = found or name == "mentor_coordinator"
    logger.info("interface language %s: %s", locale.name(), "translated" if found else "English")
    return found


def remove_translations(app: QCoreApplication) -> None:
    """Take the installed translations out again (tests switch languages)."""
    while _installed:
        app.removeTranslator(_installed.pop())
