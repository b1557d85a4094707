"""Shared building blocks: column types, money, languages, permissions, redirects, mail, images."""
