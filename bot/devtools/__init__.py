"""Developer tools: the terminal sandbox and the Bot API stand-in it (and the tests) use."""
