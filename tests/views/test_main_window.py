"""The main window opens on a real database and summarises it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.context import ServiceContext
from app.services.pairings import activate_pairing, create_pairing
from app.views.main_window import MainWindow
from tests.helpers import make_mentee, make_mentor, make_programme


def test_window_summarises_programmes_and_pairings(qtbot: QtBot, ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    pairing = create_pairing(
        ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id).id, mentee=make_mentee(ctx, programme.id).id
    )
    activate_pairing(ctx, pairing.id)

    window = MainWindow(ctx=ctx)
    qtbot.addWidget(window)
    window.show()

    assert window.windowTitle() == "Mentor Coordinator"
    assert "1 programmes · 1 open pairings: 1 on track" in window.summary.text()
    assert window.summary.accessibleName()
