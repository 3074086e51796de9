"""The rules: pure functions on Decimal and dates, no I/O, no Qt, no database."""
