"""stand_sales_views (being written)."""
