"""Dialogue Tracker: the record of a bilateral dialogue, from first meeting to next briefing."""

__version__ = "0.1.0"
APP_NAME = "Dialogue Tracker"
APP_ID = "org.dialoguetracker.DialogueTracker"
