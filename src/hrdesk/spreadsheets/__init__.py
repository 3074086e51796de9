"""Reading and writing Excel/CSV: templates, header finding, cell parsing, mapping. No sessions."""
