"""First names that tell a person's sex, so that "she said" is not given to a man named since the woman.

An article says a speaker's sex rarely (a title, "actress", "his wife"); a
first name says it often. The list shipped here, ``first_names.tsv``, holds
the first names of the 1990 US Census lists (``dist.male.first``,
``dist.female.first``: public-domain data, also shipped by the ``names``
package on PyPI) that one sex bears at least ``ODDS`` times as often as the
other: "Donald", "Maria"; not "Jordan" (4.7 : 1), "Chris" (8 : 1) or "Kim".
A name missing from one list counts as common there as that list's rarest
name. A few names the US lists give to one sex and news also to the other
(Andrea Pirlo, Alex Morgan, Lindsay Hoyle) are left out, and a name the
lists do not hold ("Jens", "Sadiq") says nothing: unknown fits either pronoun.

Rebuild with ``python -m storycheck.quotes.first_names DIST_MALE_FIRST DIST_FEMALE_FIRST``.
"""

from __future__ import annotations

import argparse
from functools import cache
from importlib import resources
from pathlib import Path

DATA_FILE = "first_names.tsv"
ODDS = 10
FLOOR = {"m": 0.004, "f": 0.001}  # the share (%) at which each census list stops
# names the US lists give to one sex by those odds that news also gives to the other: in other languages
# (Andrea Pirlo, Joan Laporta, Toni Kroos, Laurence Parisot), as short forms (Alex Morgan, Sam Kerr, Jo
# Johnson, Charlie is Charlotte too) or in British or recent use (Lindsay Hoyle, Ashley Cole, Jess Phillips)
EITHER_SEX = {"andrea", "joan", "michele", "marian", "toni", "laurence", "alex", "sam", "charlie", "jess", "jo",
              "max", "ashley", "lindsay", "vivian", "evelyn", "laurie", "avery", "riley"}


def _shares(path: str) -> dict[str, float]:
    """A census list's names (lower-cased) with the share (%) of that sex's people who bear them."""
    with open(path, encoding="ascii") as lines:
        return {name.lower(): float(share) for name, share, *_ in (line.split() for line in lines if line.strip())}


def build(male_path: str, female_path: str) -> dict[str, str]:
    """Each first name one sex bears by ``ODDS`` to one or more, as "m" or "f"."""
    male, female = _shares(male_path), _shares(female_path)
    sexes = {}
    for name in sorted((male.keys() | female.keys()) - EITHER_SEX):
        men, women = male.get(name, FLOOR["m"]), female.get(name, FLOOR["f"])
        if men >= ODDS * women or women >= ODDS * men:
            sexes[name] = "m" if men > women else "f"
    return sexes


@cache
def _shipped() -> dict[str, str]:
    text = resources.files("storycheck.quotes").joinpath(DATA_FILE).read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def sex_of(full_name: str) -> str | None:
    """ "m" or "f" when a full name's first name is one sex's ("Donald Trump", "Maria Zakharova"), else None:
    a surname alone ("May"), a name both sexes bear ("Jordan Peele") or one the lists do not hold ("Jens
    Stoltenberg")."""
    words = full_name.split()
    return _shipped().get(words[0].lower()) if len(words) > 1 else None


def main() -> None:
    parser = argparse.ArgumentParser(description="Rebuild storycheck/quotes/first_names.tsv from the census lists.")
    parser.add_argument("male", help="dist.male.first (1990 US Census)")
    parser.add_argument("female", help="dist.female.first (1990 US Census)")
    args = parser.parse_args()
    sexes = build(args.male, args.female)
    path = Path(str(resources.files("storycheck.quotes").joinpath(DATA_FILE)))
    header = f"# 1990 US Census first names one sex bears by {ODDS} to 1 (public domain); see first_names.py\n"
    path.write_text(header + "".join(f"{name}\t{sex}\n" for name, sex in sexes.items()), "utf-8")
    print(f"wrote {path}: {sum(s == 'm' for s in sexes.values())} male, {sum(s == 'f' for s in sexes.values())} "
          "female names")


if __name__ == "__main__":
    main()
