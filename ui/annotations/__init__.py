"""The annotation table of the current document."""
