"""Add or edit a mentor or mentee: contact details and the programme profile; refusals show in the form."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.core.choices import (
    MENTEE_SETTABLE_STATES,
    MENTEE_STATES,
    MENTOR_NEXT_STATES,
    MENTOR_ROLES,
    MENTOR_STATES,
    MODALITIES,
)
from app.services.core.context import ServiceContext
from app.services.core.rows import PersonRow, ProfileRow, ProgrammeRow, SpecialisationRow
from app.services.people.people import PersonFields, ProfileFields, add_person, update_person
from app.views.people.portal_link_panel import PortalLinkPanel
from app.views.people.profile_inputs import CheckList, SlotGrid
from app.views.people.reach_inputs import ReachBox
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.labels import (
    availability_label,
    mentee_state_label,
    mentor_state_label,
    modality_label,
    prefers_norwegian,
    role_label,
)
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class PersonEditDialog(ServiceDialog):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        programmes: list[ProgrammeRow],
        specialisations: list[SpecialisationRow],
        person: PersonRow | None = None,
        profile: ProfileRow | None = None,
        role: str = "mentor",
        parent: QWidget | None = None,
    ) -> None:
        self.is_mentor = role == "mentor"
        if person is None:
            title = self.tr("Add mentor") if self.is_mentor else self.tr("Add mentee")
        else:
            title = self.tr("Edit {name}").format(name=person.name)
        super().__init__(ctx=ctx, tasks=tasks, title=title, parent=parent)
        self.person, self.profile, self.programmes = person, profile, programmes
        self.resize(860, 620)
        columns = QHBoxLayout()
        contact_box = QGroupBox(self.tr("Contact"), self)
        contact = QFormLayout(contact_box)
        self.name_edit = self._line(
            contact, self.tr("&Name (required):"), self.tr("Name"), person.name if person else None
        )
        self.email_edit = self._line(contact, self.tr("&E-mail:"), self.tr("E-mail"), person.email if person else None)
        self.phone_edit = self._line(contact, self.tr("P&hone:"), self.tr("Phone"), person.phone if person else None)
        self.postcode_edit = self._line(
            contact, self.tr("Post&code:"), self.tr("Postcode"), person.postcode if person else None
        )
        self.municipality_edit = self._line(
            contact, self.tr("M&unicipality:"), self.tr("Municipality"), person.municipality if person else None
        )
        self.county_edit = self._line(
            contact, self.tr("C&ounty:"), self.tr("County"), person.county if person else None
        )
        self.bio_edit = QPlainTextEdit(self)
        self.bio_edit.setTabChangesFocus(True)
        self.bio_edit.setAccessibleName(self.tr("Short bio, up to 500 characters"))
        self.bio_edit.setPlainText(profile.bio if profile else "")
        if self.is_mentor:
            contact.addRow(self.tr("&Bio:"), self.bio_edit)
        else:
            self.bio_edit.hide()
        columns.addWidget(contact_box, 1)

        profile_box = QGroupBox(self.tr("In the programme"), self)
        form = QFormLayout(profile_box)
        self.programme_combo = self._combo(form, self.tr("Pro&gramme:"), self.tr("Programme"))
        for programme in programmes:
            self.programme_combo.addItem(programme.name, programme.id)
        if profile is not None:
            self.programme_combo.setCurrentIndex(self.programme_combo.findData(profile.programme))
            self.programme_combo.setEnabled(False)
        self.programme_combo.currentIndexChanged.connect(self._default_capacity)
        self.role_combo = self._combo(form, self.tr("&Mentor role:"), self.tr("Mentor role"))
        for code in MENTOR_ROLES:
            self.role_combo.addItem(role_label(code), code)
        self.state_combo = self._combo(form, self.tr("S&tate:"), self.tr("State"))
        self._fill_states(profile)
        self.availability_combo = self._combo(form, self.tr("&Availability:"), self.tr("Availability"))
        for code in ("available", "unavailable"):
            self.availability_combo.addItem(availability_label(code), code)
        self.until_edit = QDateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Unavailable until"))
        form.addRow(self.tr("Unavailab&le until:"), self.until_edit)
        self.availability_combo.currentIndexChanged.connect(self._availability_changed)
        self.capacity_spin = self._spin(form, self.tr("Ca&pacity (mentees):"), self.tr("Capacity"), 1, 50)
        self.travel_spin = self._spin(
            form, self.tr("Max tra&vel (km):"), self.tr("Maximum travel in kilometres"), -1, 2000
        )
        self.travel_spin.setSpecialValueText(self.tr("Not set"))
        self.modality_boxes: dict[str, QCheckBox] = {}
        modality_row = QHBoxLayout()
        for code in MODALITIES:
            box = QCheckBox(modality_label(code), self)
            box.setAccessibleName(self.tr("Meets: {way}").format(way=modality_label(code)))
            modality_row.addWidget(box)
            self.modality_boxes[code] = box
        form.addRow(self.tr("Ways of meeting:"), modality_row)
        columns.addWidget(profile_box, 1)
        self.outer.addLayout(columns)

        lower = QHBoxLayout()
        self.spec_list = CheckList(self.tr("Specialisations"), self)
        nb = prefers_norwegian()
        self.spec_list.set_choices([(s.key, s.name_nb if nb else s.name_en) for s in specialisations])
        spec_box = QGroupBox(self.tr("Specialisations") if self.is_mentor else self.tr("Wants help with"), self)
        QHBoxLayout(spec_box).addWidget(self.spec_list)
        slot_box = QGroupBox(self.tr("Weekly availability"), self)
        self.slot_grid = SlotGrid(slot_box)
        QHBoxLayout(slot_box).addWidget(self.slot_grid)
        lower.addWidget(spec_box, 1)
        lower.addWidget(slot_box, 1)
        self.outer.addLayout(lower)
        self.reach = ReachBox(person, self)  # languages, contact preferences, a position typed by hand
        self.outer.addWidget(self.reach)
        # A mentor already saved can get a personal link to the portal (issued, copied, revoked right here).
        self.portal_links: PortalLinkPanel | None = None
        if person is not None and self.is_mentor and profile is not None:
            self.portal_links = PortalLinkPanel(ctx=ctx, tasks=tasks, mentor_id=person.id, parent=self)
            self.outer.addWidget(self.portal_links)
            self.portal_links.reload()
            self.resize(860, 720)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setAccessibleName(self.tr("Save the person"))
        self._load_profile(profile)
        if not self.is_mentor:  # a mentee's form shows only what a mentee has
            for widget in self.mentor_only():
                form.setRowVisible(widget, False)
        chain_tab_order(self.focus_order())
        self.name_edit.setFocus()

    def mentor_only(self) -> list[QWidget]:
        """Fields a mentee's profile does not have: hidden (not merely disabled) in a mentee's form."""
        return [self.role_combo, self.availability_combo, self.until_edit, self.capacity_spin, self.travel_spin]

    def focus_order(self) -> list[QWidget]:
        hidden = [] if self.is_mentor else [self.bio_edit, *self.mentor_only()]
        return [widget for widget in self._all_fields() if widget not in hidden]

    def _all_fields(self) -> list[QWidget]:
        return [
            self.name_edit,
            self.email_edit,
            self.phone_edit,
            self.postcode_edit,
            self.municipality_edit,
            self.county_edit,
            self.bio_edit,
            self.programme_combo,
            self.role_combo,
            self.state_combo,
            self.availability_combo,
            self.until_edit,
            self.capacity_spin,
            self.travel_spin,
            *self.modality_boxes.values(),
            self.spec_list,
            *self.slot_grid.ordered_boxes(),
            *self.reach.focus_order(),
            *(self.portal_links.focus_order() if self.portal_links else []),
            self.ok_button,
            self.cancel_button,
        ]

    def _line(self, form: QFormLayout, label: str, name: str, value: str | None) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setAccessibleName(name)
        form.addRow(label, edit)
        return edit

    def _combo(self, form: QFormLayout, label: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        form.addRow(label, combo)
        return combo

    def _spin(self, form: QFormLayout, label: str, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        form.addRow(label, spin)
        return spin

    def _fill_states(self, profile: ProfileRow | None) -> None:
        if self.is_mentor:
            codes = MENTOR_STATES if profile is None else (profile.state, *MENTOR_NEXT_STATES.get(profile.state, ()))
            label = mentor_state_label
        else:
            codes = ("waiting", "withdrawn") if profile is None else (profile.state, *MENTEE_SETTABLE_STATES)
            codes = tuple(c for c in MENTEE_STATES if c in codes)
            label = mentee_state_label
        for code in codes:
            self.state_combo.addItem(label(code), code)
        current = profile.state if profile else ("approved" if self.is_mentor else "waiting")
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(current), 0))

    def _default_capacity(self) -> None:
        """A new mentor starts with the programme's default capacity."""
        chosen = next((p for p in self.programmes if p.id == self.programme_combo.currentData()), None)
        if chosen is not None and self.profile is None:
            self.capacity_spin.setValue(chosen.default_capacity)

    def _load_profile(self, profile: ProfileRow | None) -> None:
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(profile.role if profile else "mentor"), 0))
        availability = (profile.availability if profile else None) or "available"
        self.availability_combo.setCurrentIndex(max(self.availability_combo.findData(availability), 0))
        until = (profile.unavailable_until if profile else None) or date.today() + timedelta(days=30)
        self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self.capacity_spin.setValue((profile.capacity if profile else None) or 2)
        self._default_capacity()
        travel = profile.max_travel_km if profile else None
        self.travel_spin.setValue(travel if travel is not None else -1)
        for code, box in self.modality_boxes.items():
            box.setChecked(profile is not None and code in profile.modalities)
        self.spec_list.set_checked(profile.specialisations if profile else [])
        self.slot_grid.set_slots(profile.slots if profile else [])
        self._availability_changed()

    def _availability_changed(self) -> None:
        self.until_edit.setEnabled(self.is_mentor and self.availability_combo.currentData() == "unavailable")

    def fields(self) -> tuple[PersonFields, ProfileFields]:
        """The form's values; ValueError when a coordinate is not a number."""
        latitude, longitude = self.reach.changed_position()
        person = PersonFields(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            postcode=self.postcode_edit.text(),
            municipality=self.municipality_edit.text(),
            county=self.county_edit.text(),
            latitude=latitude,
            longitude=longitude,
            languages=self.reach.languages(),
            contact_preferences=self.reach.contact_preferences(),
        )
        modalities = [code for code, box in self.modality_boxes.items() if box.isChecked()]
        common = {
            "state": self.state_combo.currentData(),
            "specialisations": self.spec_list.checked(),
            "slots": self.slot_grid.slots(),
            "modalities": modalities,
        }
        if not self.is_mentor:
            return person, ProfileFields(**common)
        unavailable = self.availability_combo.currentData() == "unavailable"
        until = self.until_edit.date().toPython() if unavailable else None
        return person, ProfileFields(
            **common,
            mentor_role=self.role_combo.currentData(),
            capacity=self.capacity_spin.value(),
            availability=self.availability_combo.currentData(),
            unavailable_until=until,  # type: ignore[arg-type]
            max_travel_km=self.travel_spin.value() if self.travel_spin.value() >= 0 else None,
            bio=self.bio_edit.toPlainText(),
        )

    def save(self) -> None:
        try:
            person, profile = self.fields()
        except ValueError:
            self.banner.show_error(self.tr("Write each coordinate as a number, such as 69.65, or leave both empty."))
            self.reach.latitude_edit.setFocus()
            return
        role = "mentor" if self.is_mentor else "mentee"
        programme = self.programme_combo.currentData()
        if not programme:
            self.banner.show_error(self.tr("Choose a programme first; create one on the Programmes page."))
            return
        if self.person is None:
            self.submit(
                lambda: add_person(self.ctx, person, role=role, programme=programme, profile=profile), "adding a person"
            )
        else:
            person_id = self.person.id
            self.submit(
                lambda: update_person(self.ctx, person_id, person, programme=programme, role=role, profile=profile),
                "saving a person",
            )
