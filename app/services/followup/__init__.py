"""What the app notices for coordinators: meeting reminders, health alerts, the programme dashboard."""
