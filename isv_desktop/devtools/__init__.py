"""Developer commands (``make forms``, ``make translations``); not used by the running program."""
