"""Prints the units of a TMX or TBX file as translate-toolkit reads them.

Usage: python3 read.py tmx|tbx FILE
One line per unit: source TAB target. Run with Debian's /usr/bin/python3,
which has translate-toolkit (package translate-toolkit) on its path.
"""
import sys

from translate.storage import tbx, tmx

kind, path = sys.argv[1], sys.argv[2]
store = {"tmx": tmx.tmxfile, "tbx": tbx.tbxfile}[kind].parsefile(path)
for unit in store.units:
    print(f"{unit.source}\t{unit.target}")
