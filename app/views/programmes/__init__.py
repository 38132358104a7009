"""The programmes screen: programme list, the programme form and its milestone template editor."""
