"""Scheduler bookkeeping (local to each database, never synced): reminder claims and health alerts.

Also an index on meetings.scheduled_at, so the reminder pass reads only the next day's meetings, and two covering
indexes for the dashboard's reads of a programme's meetings and milestones.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_claims",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=5), nullable=False),
        sa.Column("scheduled_for", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=100), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_reminder_claims_meeting_id_meetings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_claims")),
        sa.UniqueConstraint("meeting_id", "kind", name=op.f("uq_reminder_claims_meeting_id")),
    )
    op.create_table(
        "health_alerts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("pairing_id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("mailed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["mentor_pairings.id"], name=op.f("fk_health_alerts_pairing_id_mentor_pairings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_alerts")),
    )
    with op.batch_alter_table("health_alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_alerts_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(
            "uq_health_alerts_open",
            ["kind", "pairing_id", "subject_id"],
            unique=True,
            sqlite_where=sa.text("ended_at IS NULL"),
            postgresql_where=sa.text("ended_at IS NULL"),
        )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_scheduled_at"), ["scheduled_at"], unique=False)
        batch_op.create_index(
            "ix_meetings_dashboard", ["pairing_id", "deleted_at", "status", "scheduled_at"], unique=False
        )
    with op.batch_alter_table("pairing_milestones", schema=None) as batch_op:
        batch_op.create_index(
            "ix_pairing_milestones_dashboard",
            ["pairing_id", "deleted_at", "status", "started_at", "completed_at", "due_date"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("pairing_milestones", schema=None) as batch_op:
        batch_op.drop_index("ix_pairing_milestones_dashboard")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_dashboard")
        batch_op.drop_index(batch_op.f("ix_meetings_scheduled_at"))
    with op.batch_alter_table("health_alerts", schema=None) as batch_op:
        batch_op.drop_index("uq_health_alerts_open")
        batch_op.drop_index(batch_op.f("ix_health_alerts_pairing_id"))
    op.drop_table("health_alerts")
    op.drop_table("reminder_claims")
