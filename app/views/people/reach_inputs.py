"""The person form's "Languages and reach" box: languages, how to reach the person, and a position typed by hand.

A position is checked without a map: the nearest known municipality and its distance show as the numbers change,
so a swapped latitude and longitude, or a comma in the wrong place, is seen at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.services.core.choices import CONTACT_PREFERENCES
from app.services.core.rows import PersonRow
from app.services.people.places import nearest_place
from app.views.widgets.labels import contact_label

# Farther than this from every known municipality's centre, a position is probably mistyped (or abroad).
FAR_KM = 60.0


def number(text: str) -> float | None:
    """A coordinate as typed ('69,65' or '69.65'); None for an empty field; ValueError for anything else."""
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class ReachBox(QGroupBox):
    def __init__(self, person: PersonRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Languages and reach"))
        form = QFormLayout(self)
        self.languages_edit = QLineEdit("; ".join(person.languages) if person else "", self)
        self.languages_edit.setAccessibleName(self.tr("Languages, separated by semicolons"))
        self.languages_edit.setPlaceholderText(self.tr("norsk; English"))
        form.addRow(self.tr("&Written and spoken languages:"), self.languages_edit)
        row = QHBoxLayout()
        self.contact_boxes: dict[str, QCheckBox] = {}
        chosen = person.contact_preferences if person else []
        self._order = list(chosen)  # the person's order of preference, kept through an edit
        for code in CONTACT_PREFERENCES:
            box = QCheckBox(contact_label(code), self)
            box.setAccessibleName(self.tr("Reach by {way}").format(way=contact_label(code)))
            box.setChecked(code in chosen)
            row.addWidget(box)
            self.contact_boxes[code] = box
        form.addRow(self.tr("Reach by:"), row)
        position = QHBoxLayout()  # one row, one Alt key: the two numbers belong together
        self.latitude_edit = self._coordinate(position, self.tr("Latitude, such as 69.65"))
        self.longitude_edit = self._coordinate(position, self.tr("Longitude, such as 18.96"))
        label = QLabel(self.tr("Coo&rdinates (latitude, longitude):"), self)
        label.setBuddy(self.latitude_edit)
        form.addRow(label, position)
        if person is not None:
            self.latitude_edit.setText("" if person.latitude is None else f"{person.latitude:.5f}")
            self.longitude_edit.setText("" if person.longitude is None else f"{person.longitude:.5f}")
        self._typed = (self.latitude_edit.text(), self.longitude_edit.text())
        self.nearest_label = QLabel(self)
        self.nearest_label.setWordWrap(True)
        form.addRow(self.tr("Nearest:"), self.nearest_label)
        self.latitude_edit.textChanged.connect(self.show_nearest)
        self.longitude_edit.textChanged.connect(self.show_nearest)
        self.show_nearest()

    def _coordinate(self, row: QHBoxLayout, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("from the municipality"))
        row.addWidget(edit)
        return edit

    def position(self) -> tuple[float | None, float | None]:
        """The typed position; ValueError when a field is not a number."""
        return number(self.latitude_edit.text()), number(self.longitude_edit.text())

    def changed_position(self) -> tuple[float | None, float | None]:
        """The position to save: None, None when untouched, so a new municipality brings its own centre."""
        if (self.latitude_edit.text(), self.longitude_edit.text()) == self._typed:
            return None, None
        return self.position()

    def show_nearest(self) -> None:
        try:
            latitude, longitude = self.position()
        except ValueError:
            self._say(self.tr("Write each coordinate as a number, such as 69.65."), warn=True)
            return
        if latitude is None or longitude is None:
            self._say(self.tr("No position typed: the municipality's centre is used."), warn=False)
            return
        if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
            self._say(
                self.tr("That position is not on the map (latitude −90 to 90, longitude −180 to 180)."), warn=True
            )
            return
        found = nearest_place(latitude, longitude)
        if found is None:
            self._say(self.tr("No municipalities are known to check against."), warn=False)
            return
        place, km = found
        text = self.tr("{municipality} ({county}), {km} km from its centre").format(
            municipality=place.municipality, county=place.county, km=f"{km:.1f}"
        )
        if km > FAR_KM:
            text = self.tr("Far from every known municipality: {place}. Check the numbers.").format(place=text)
        self._say(text, warn=km > FAR_KM)

    def _say(self, text: str, *, warn: bool) -> None:
        # Text first, then a sign and a colour: never colour alone.
        self.nearest_label.setText(("⚠ " if warn else "") + text)
        self.nearest_label.setAccessibleName(self.tr("Nearest known municipality: {text}").format(text=text))
        self.nearest_label.setStyleSheet("color: #8E1A1F;" if warn else "")

    def languages(self) -> list[str]:
        return [part for part in self.languages_edit.text().replace(",", ";").split(";") if part.strip()]

    def contact_preferences(self) -> list[str]:
        ticked = [code for code, box in self.contact_boxes.items() if box.isChecked()]
        return sorted(ticked, key=lambda c: self._order.index(c) if c in self._order else len(self._order))

    def focus_order(self) -> list[QWidget]:
        return [self.languages_edit, *self.contact_boxes.values(), self.latitude_edit, self.longitude_edit]
