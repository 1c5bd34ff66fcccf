"""All Qt code of ReportMark: the main window, its panels, undo commands and background tasks."""
