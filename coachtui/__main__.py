"""`python -m coachtui` runs the command line."""

from coachtui.cli import main

raise SystemExit(main())
