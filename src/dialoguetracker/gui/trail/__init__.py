"""The audit trail of a meeting or a commitment, shown read-only and exported as CSV."""

from dialoguetracker.gui.trail.panel import TrailPanel

__all__ = ["TrailPanel"]
