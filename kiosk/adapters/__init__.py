"""Adapters to the outside world: speech, printing, export."""
