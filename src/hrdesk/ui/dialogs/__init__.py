"""Dialogs: login, first administrator, new user."""
