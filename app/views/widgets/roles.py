"""Custom item-data roles shared by every table model of the desktop."""

from __future__ import annotations

from PySide6.QtCore import Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain row object behind a table row (through any proxy)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by (numbers, dates, Norwegian-aware text)
