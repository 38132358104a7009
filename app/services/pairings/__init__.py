"""Pairings: the state machine, milestones, meetings and notes, and the one projection (health, stage) lists use."""
