"""Exports: files made from the data besides pages (open data, feeds, share images)."""
