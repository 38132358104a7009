"""What the scheduler noticed, in the desktop: the notification area, the Dashboard tab, meeting actions."""
