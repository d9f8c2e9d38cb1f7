"""The meeting editor's tabs: each a widget over one meeting, editing through services."""
