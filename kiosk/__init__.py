"""Branch queue: an accessible queue system for bank branches."""

__version__ = "0.1.0"
