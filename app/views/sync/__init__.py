"""Sync with the shared server: the Sync action, its status in the status bar, conflicts, server settings."""
