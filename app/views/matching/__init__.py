"""The match widget and cohort review: ranked candidates, filters, reasons in words."""
