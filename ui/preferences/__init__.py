"""The preferences dialog (language, author name)."""
