"""Spreadsheet exchange on the desktop: the import dialog (dry run, then apply) and the export action."""
