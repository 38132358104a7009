"""Small pieces every screen shares: row models, background tasks, service dialogs, labels, styles, translations."""
