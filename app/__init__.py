"""Mentor Coordinator: pair mentors with mentees, follow pairings, sync to a shared database."""

__version__ = "0.1.0"
