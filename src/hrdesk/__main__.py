"""`python -m hrdesk` runs the same command as the installed `hrdesk` entry point."""

import sys

from hrdesk.cli import main

sys.exit(main())
