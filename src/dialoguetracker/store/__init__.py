"""Persistence: SQLAlchemy models, the engine and its migrations. Only this package speaks SQL."""
