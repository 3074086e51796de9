"""Table models for the screens' views."""
