"""Pieces of the Overview: figures, the commitments chart, the next meeting, short lists."""
