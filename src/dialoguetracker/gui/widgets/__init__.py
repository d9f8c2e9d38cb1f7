"""Widgets shared by more than one view or meeting tab."""
