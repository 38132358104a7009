"""Collect the Alt+letter mnemonics a person can press in one window, to find two controls that share a letter."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased; None when there is none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and (widget is window or widget.isVisibleTo(window))


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """letter → the texts that use it among the controls of `window` that are on screen (hidden pages excluded)."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(text)

    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    return dict(found)


def collisions(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in window_mnemonics(window).items() if len(texts) > 1}


def menu_collisions(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    """Inside each menu of the menu bar (and its submenus): letters used twice."""
    result: dict[str, dict[str, list[str]]] = {}

    def walk(menu: QMenu) -> None:
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter:
                letters[letter].append(action.text())
            if action.menu() is not None:
                walk(action.menu())
        twice = {k: v for k, v in letters.items() if len(v) > 1}
        if twice:
            result[menu.title()] = twice

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return result
