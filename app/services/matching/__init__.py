"""Matching use cases: feed the pure engine (app.matching) from the database, and phrase a match's reasons."""
