"""Starting the desktop application: the only place the CLI reaches into Qt."""

from __future__ import annotations

import argparse
import sys

from app.cli.session import CliState


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow
    from app.views.widgets.translations import install_translations

    state = CliState(args)
    ctx = state.context()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mentor Coordinator")
    install_translations(app)
    window = MainWindow(ctx=ctx)
    window.show()
    try:
        return int(app.exec())
    finally:
        state.close()
