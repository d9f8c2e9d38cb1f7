"""Pure domain: enums, rules and plain records, importable without Qt, SQLAlchemy or ReportLab."""
