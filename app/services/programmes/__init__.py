"""Programmes: create, move through their states, settings and the milestone template."""
