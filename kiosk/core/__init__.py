"""Pure queue domain: no Qt, no SQL."""
