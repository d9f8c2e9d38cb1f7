"""Lets ``python -m dialoguetracker`` behave exactly like the installed command."""

from dialoguetracker.cli import main

raise SystemExit(main())
