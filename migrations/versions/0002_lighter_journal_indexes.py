"""Drop the change journal's transaction and push-time indexes.

Every committed change writes journal rows (a 5,000-person import writes about 100,000), and these two indexes were
about a sixth of that cost while nothing reads by them yet; sync can add the index it needs when it exists.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_journal_transaction_id"))
        batch_op.drop_index(batch_op.f("ix_change_journal_pushed_at"))


def downgrade() -> None:
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_journal_pushed_at"), ["pushed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_journal_transaction_id"), ["transaction_id"], unique=False)
