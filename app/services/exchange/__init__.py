"""Spreadsheet exchange: import a workbook or CSV (validate, dry run, apply all or nothing) and export one."""
