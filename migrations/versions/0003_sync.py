"""Sync: conflicts kept on a desktop, per-device push records on the server, operation numbers in the journal.

Also, on PostgreSQL: the change journal's sequence is assigned under one advisory lock per transaction, so commit
order equals sequence order (a pull reading `seq > cursor` can never skip a late-committing transaction), a
statement trigger notifies listening desktops, and a trigger keeps a mentor's open pairings within capacity.
On every database: specialisation ids become derived from their key (see app.models.specialisation).

Revision ID: 0003
Revises: 0002
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Copied from app.models.specialisation: a migration must not change when the model module does.
SPECIALISATION_NAMESPACE = uuid.UUID("6f1c2b9e-6d1a-4a57-9d51-3f6c7b8e2a10")
JOURNAL_LOCK = 727_001  # the advisory lock key that orders the change sequence

SEQ_FUNCTION = """
CREATE OR REPLACE FUNCTION change_journal_assign_seq() RETURNS trigger AS $$
BEGIN
    -- Held until commit: transactions take sequence numbers one after another, in commit order.
    PERFORM pg_advisory_xact_lock({lock});
    NEW.seq := nextval('{sequence}');
    RETURN NEW;
END $$ LANGUAGE plpgsql
"""

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION change_journal_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('mentor_changes', '');
    RETURN NULL;
END $$ LANGUAGE plpgsql
"""

CAPACITY_FUNCTION = """
CREATE OR REPLACE FUNCTION mentor_capacity_check() RETURNS trigger AS $$
DECLARE
    mentor text;
    programme text;
    open_count integer;
    places integer;
BEGIN
    IF TG_TABLE_NAME = 'mentor_pairings' THEN
        IF NEW.status NOT IN ('proposed', 'active') OR NEW.deleted_at IS NOT NULL THEN
            RETURN NULL;
        END IF;
        mentor := NEW.mentor_id;
        programme := NEW.programme_id;
    ELSE
        mentor := NEW.person_id;
        programme := NEW.programme_id;
    END IF;
    -- One mentor at a time: two transactions adding pairings for the same mentor cannot both pass the count.
    PERFORM pg_advisory_xact_lock(hashtext('capacity:' || mentor || ':' || programme));
    SELECT capacity INTO places FROM mentor_profiles
        WHERE person_id = mentor AND programme_id = programme AND deleted_at IS NULL;
    IF places IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO open_count FROM mentor_pairings
        WHERE mentor_id = mentor AND programme_id = programme
          AND status IN ('proposed', 'active') AND deleted_at IS NULL;
    IF open_count > places THEN
        RAISE EXCEPTION 'mentor_capacity: % open pairings for capacity %', open_count, places
            USING ERRCODE = 'check_violation', CONSTRAINT = 'mentor_capacity';
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("op_no", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("local_value", sa.Text(), nullable=True),
        sa.Column("server_value", sa.Text(), nullable=True),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("server_actor", sa.String(length=200), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("server_rows", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("op_no", "change_id", name=op.f("uq_sync_conflicts_op_no")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflicts_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("last_op_no", sa.Integer(), nullable=False),
        sa.Column("last_push_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_pull_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_devices")),
    )
    op.create_table(
        "sync_outcomes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("op_no", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outcomes")),
    )
    with op.batch_alter_table("sync_outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_outcomes_device_id"), ["device_id"], unique=False)

    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("op_no", sa.Integer(), nullable=True))

    _specialisation_ids_from_keys()
    if op.get_bind().dialect.name == "postgresql":
        _postgres_triggers()


def _specialisation_ids_from_keys() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, key FROM specialisations")).all()
    is_pg = bind.dialect.name == "postgresql"
    for old, key in rows:
        new = str(uuid.uuid5(SPECIALISATION_NAMESPACE, key))
        if new == old:
            continue
        params = {"old": old, "new": new}
        bind.execute(sa.text("UPDATE specialisations SET id = :new WHERE id = :old"), params)
        for table in ("mentor_profiles", "mentee_profiles"):
            column = (
                "CAST(REPLACE(CAST(specialisations AS TEXT), :old, :new) AS JSON)"
                if is_pg
                else ("REPLACE(specialisations, :old, :new)")
            )
            bind.execute(sa.text(f"UPDATE {table} SET specialisations = {column}"), params)
        bind.execute(sa.text("UPDATE change_journal SET entity_id = :new WHERE entity_id = :old"), params)
        for column in ("old_value", "new_value"):
            bind.execute(
                sa.text(
                    f"UPDATE change_journal SET {column} = REPLACE({column}, :old, :new) "
                    "WHERE field = 'specialisations' AND entity IN ('mentor_profile', 'mentee_profile')"
                ),
                params,
            )


def _postgres_triggers() -> None:
    sequence = op.get_bind().execute(sa.text("SELECT pg_get_serial_sequence('change_journal', 'seq')")).scalar()
    op.execute(SEQ_FUNCTION.format(lock=JOURNAL_LOCK, sequence=sequence))
    # The trigger takes the number; a column default would take one more first and leave every other number unused.
    op.execute("ALTER TABLE change_journal ALTER COLUMN seq DROP DEFAULT")
    op.execute(
        "CREATE TRIGGER change_journal_seq BEFORE INSERT ON change_journal "
        "FOR EACH ROW EXECUTE FUNCTION change_journal_assign_seq()"
    )
    op.execute(NOTIFY_FUNCTION)
    op.execute(
        "CREATE TRIGGER change_journal_notify AFTER INSERT ON change_journal "
        "FOR EACH STATEMENT EXECUTE FUNCTION change_journal_notify()"
    )
    op.execute(CAPACITY_FUNCTION)
    op.execute(
        "CREATE TRIGGER mentor_pairings_capacity AFTER INSERT OR UPDATE OF status, mentor_id, programme_id, deleted_at "
        "ON mentor_pairings FOR EACH ROW EXECUTE FUNCTION mentor_capacity_check()"
    )
    op.execute(
        "CREATE TRIGGER mentor_profiles_capacity AFTER UPDATE OF capacity ON mentor_profiles "
        "FOR EACH ROW EXECUTE FUNCTION mentor_capacity_check()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS mentor_profiles_capacity ON mentor_profiles")
        op.execute("DROP TRIGGER IF EXISTS mentor_pairings_capacity ON mentor_pairings")
        op.execute("DROP FUNCTION IF EXISTS mentor_capacity_check()")
        op.execute("DROP TRIGGER IF EXISTS change_journal_notify ON change_journal")
        op.execute("DROP FUNCTION IF EXISTS change_journal_notify()")
        op.execute("DROP TRIGGER IF EXISTS change_journal_seq ON change_journal")
        op.execute("DROP FUNCTION IF EXISTS change_journal_assign_seq()")
        sequence = op.get_bind().execute(sa.text("SELECT pg_get_serial_sequence('change_journal', 'seq')")).scalar()
        op.execute(f"ALTER TABLE change_journal ALTER COLUMN seq SET DEFAULT nextval('{sequence}')")
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.drop_column("op_no")
    with op.batch_alter_table("sync_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_outcomes_device_id"))
    op.drop_table("sync_outcomes")
    op.drop_table("sync_devices")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_entity_id"))
    op.drop_table("sync_conflicts")
