"""`python -m attrlint` runs the command line."""

from attrlint.cli import main

main()
