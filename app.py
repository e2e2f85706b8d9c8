"""Parting Ways: run `python app.py --help` for the commands."""
import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
