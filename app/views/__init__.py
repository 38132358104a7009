"""Qt widgets and item models. Views never import SQLAlchemy: they call services and show plain rows."""
