"""The document view and its controller (tagging gestures -> undo commands)."""
