"""Translated words for matching: filter names, exclusion details and a match's reasons as one readable line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.core.rows import SpecialisationRow
from app.services.matching.reasons import reason_line, score_parts
from app.views.widgets.labels import format_short

# Every string is written out in a QCoreApplication.translate() call, so pyside6-lupdate finds it.


def specialisation_names(catalogue: Iterable[SpecialisationRow]) -> dict[str, str]:
    """Catalogue key → the name to show: Norwegian when the interface is Norwegian, English otherwise."""
    norwegian = QLocale().language() == QLocale.Language.NorwegianBokmal
    return {s.key: (s.name_nb if norwegian else s.name_en) for s in catalogue}


def filter_label(code: str) -> str:
    return {
        "eligible": QCoreApplication.translate("MatchLabels", "Not eligible"),
        "not_paired_before": QCoreApplication.translate("MatchLabels", "Paired before"),
        "geography": QCoreApplication.translate("MatchLabels", "Geography"),
        "availability": QCoreApplication.translate("MatchLabels", "No shared slot"),
        "specialisation": QCoreApplication.translate("MatchLabels", "Specialisation"),
        "modality": QCoreApplication.translate("MatchLabels", "Way of meeting"),
    }.get(code, code)


def exclusion_detail_label(detail: str) -> str:
    return {
        "not eligible": QCoreApplication.translate("MatchLabels", "not approved or not available"),
        "at capacity": QCoreApplication.translate("MatchLabels", "at capacity"),
        "paired before": QCoreApplication.translate("MatchLabels", "paired with this mentee before"),
        "location unknown": QCoreApplication.translate("MatchLabels", "location unknown"),
        "other municipality": QCoreApplication.translate("MatchLabels", "lives in another municipality"),
        "other county": QCoreApplication.translate("MatchLabels", "lives in another county"),
        "too far": QCoreApplication.translate("MatchLabels", "too far away"),
        "no shared slot": QCoreApplication.translate("MatchLabels", "no shared weekly slot"),
        "missing specialisation": QCoreApplication.translate(
            "MatchLabels", "does not offer every chosen specialisation"
        ),
        "no shared modality": QCoreApplication.translate("MatchLabels", "no shared way of meeting"),
    }.get(detail, detail)


def _reason_words() -> dict[str, str]:
    """The phrases of app.services.matching.reasons, translated (written out so pyside6-lupdate finds them)."""
    return {
        "one_shared": QCoreApplication.translate("MatchLabels", "1 shared specialisation: {names}"),
        "many_shared": QCoreApplication.translate("MatchLabels", "{count} shared specialisations: {names}"),
        "none_shared": QCoreApplication.translate("MatchLabels", "no shared specialisation"),
        "same_municipality": QCoreApplication.translate("MatchLabels", "same municipality"),
        "same_county": QCoreApplication.translate("MatchLabels", "same county"),
        "another_county": QCoreApplication.translate("MatchLabels", "another county"),
        "place_km": QCoreApplication.translate("MatchLabels", "{place}, {km} km"),
        "slots_of": QCoreApplication.translate("MatchLabels", "{shared} of {wanted} slots"),
        "slots_shared": QCoreApplication.translate("MatchLabels", "{count} shared slots"),
        "places_free": QCoreApplication.translate("MatchLabels", "{free} of {capacity} places free"),
    }


def reason_text(reasons: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """The reasons line of app.services.matching.reasons, in the interface language (its decimal separator too)."""
    distance = reasons.get("distance_km")
    words = _reason_words()
    if distance is not None:  # a literal "{…}" for str.format: the distance already written the locale's way
        words["number"] = format_short(float(distance))
    return reason_line(reasons, names, words)


def score_breakdown(reasons: Mapping[str, Any]) -> list[tuple[str, float, float, float]]:
    """(part, value, weight, contribution) for each of the four score parts, in the order of the formula."""
    labels = {
        "specialisation_overlap": QCoreApplication.translate("MatchLabels", "Specialisation overlap"),
        "geography_fit": QCoreApplication.translate("MatchLabels", "Geography fit"),
        "availability_fit": QCoreApplication.translate("MatchLabels", "Availability fit"),
        "capacity_remaining": QCoreApplication.translate("MatchLabels", "Capacity remaining"),
    }
    return [(labels[key], value, weight, contribution) for key, value, weight, contribution in score_parts(reasons)]
