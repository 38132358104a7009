"""A mentor's calendar address can be renewed on its own: `portal_links.feed_generation`.

The feed token is derived from the link and this number (app/portal/security.py), so it is never stored; renewing
raises the number, which ends the old calendar address without touching the personal link.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("portal_links", schema=None) as batch_op:
        batch_op.add_column(sa.Column("feed_generation", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_check_constraint("feed_generation_not_negative", "feed_generation >= 0")


def downgrade() -> None:
    with op.batch_alter_table("portal_links", schema=None) as batch_op:
        batch_op.drop_constraint("feed_generation_not_negative", type_="check")
        batch_op.drop_column("feed_generation")
