"""A buyer's orders (placeholder)."""
