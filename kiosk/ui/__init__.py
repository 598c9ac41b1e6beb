"""Qt windows and widgets: one station per module, the theme, the big-button widgets."""
