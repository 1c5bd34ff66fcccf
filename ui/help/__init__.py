"""Help menu screens: the list of every keyboard shortcut, read from the window's own actions."""
