"""Installation-wide settings: organisation units and the coordinator scope, the specialisation catalogue."""
