"""`python -m bot` is the `backtrack` command."""

import sys

from bot.cli import main

sys.exit(main())
