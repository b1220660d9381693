"""Tools for the people who write the data: JSON Schema for their editor, new-record scaffolds."""
