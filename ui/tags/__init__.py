"""The tag palette (a filterable tree) and the tag schema editor."""
