"""Glue per station: store, speech and printing wired to the windows, with Qt threads and timers."""
