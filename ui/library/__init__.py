"""The document library: the project's reports, a filter box, and importing files or folders."""
