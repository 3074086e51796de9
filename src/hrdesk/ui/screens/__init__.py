"""One module per screen; each page is a QWidget the main window stacks."""
