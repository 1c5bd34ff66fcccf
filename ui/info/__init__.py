"""The document info panel: metadata, suspect ranges to review, and the document memo."""
