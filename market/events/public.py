"""public (being written)."""
