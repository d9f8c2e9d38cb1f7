"""The pieces of the Commitments view: its paged table model, filter bar, detail panel,
dialogs, and the controller and actions that change commitments undoably."""
