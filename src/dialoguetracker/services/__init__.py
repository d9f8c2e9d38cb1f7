"""Use cases: one unit of work per call, validation, audit; plain records in and out."""

from dialoguetracker.services.context import Change, Services

__all__ = ["Change", "Services"]
