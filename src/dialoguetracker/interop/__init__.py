"""Files in and out: the interchange JSON (and later calendars and spreadsheets)."""
