"""The outline panel: the section tree of the current document, synced with the view both ways."""
