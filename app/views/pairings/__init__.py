"""The pairing screens: the overview, the archive, the pairing detail and the dialogs that act on a pairing."""
