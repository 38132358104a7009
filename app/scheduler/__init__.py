"""Background jobs: meeting reminders by e-mail, health alerts and periodic sync (DESIGN.md §8, docs/scheduler.md)."""
