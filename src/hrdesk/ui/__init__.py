"""Qt screens, table models, dialogs and the background worker."""
