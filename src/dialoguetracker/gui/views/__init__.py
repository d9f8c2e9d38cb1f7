"""The main window's views: each holds layout and wiring; data comes from services."""
