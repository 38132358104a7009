"""Thin launcher: `python main.py [COMMAND …]`, the same as the installed `mentor-coordinator` command."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
