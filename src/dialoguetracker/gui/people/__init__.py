"""Pieces of the People & delegations view: the directory tree, the person form, history."""
