"""Shared widgets: exact money and rate fields, optional dates."""
