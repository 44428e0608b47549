"""`python -m attrlint` runs the command line."""

from attrlint.cli import run

run()
