"""ORM classes only: every table of the domain (DESIGN.md §3)."""

from app.models.base import Base, SyncColumns, new_id, utcnow
from app.models.followup import HealthAlert, ReminderClaim
from app.models.journal import ChangeEntry, LocalSetting
from app.models.organisation import OrganisationUnit
from app.models.pairing import Meeting, Note, Pairing, PairingMilestone
from app.models.person import MenteeProfile, MentorProfile, Person
from app.models.portal import PortalLink
from app.models.programme import MilestoneTemplate, Programme
from app.models.specialisation import Specialisation
from app.models.sync import SyncConflict, SyncDevice, SyncOutcome

SYNCED_MODELS: tuple[type[SyncColumns], ...] = (
    OrganisationUnit,
    Specialisation,
    Programme,
    MilestoneTemplate,
    Person,
    MentorProfile,
    MenteeProfile,
    Pairing,
    PairingMilestone,
    Meeting,
    Note,
    PortalLink,
)

__all__ = [
    "SYNCED_MODELS",
    "Base",
    "ChangeEntry",
    "HealthAlert",
    "LocalSetting",
    "Meeting",
    "MenteeProfile",
    "MentorProfile",
    "MilestoneTemplate",
    "Note",
    "OrganisationUnit",
    "Pairing",
    "PairingMilestone",
    "Person",
    "PortalLink",
    "Programme",
    "ReminderClaim",
    "Specialisation",
    "SyncColumns",
    "SyncConflict",
    "SyncDevice",
    "SyncOutcome",
    "new_id",
    "utcnow",
]
