"""Qt screens, table models, dialogs, and op(): how a screen runs long work."""
