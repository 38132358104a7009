"""Command-line interface (no Qt imports, so commands start fast)."""
