"""Extra `kiosk` commands, one module per area; each module lists its click commands in COMMANDS."""
