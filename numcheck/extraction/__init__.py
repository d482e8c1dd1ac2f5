"""Extraction: plain text -> numeric claims."""
