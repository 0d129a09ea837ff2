"""The learned models the quotes stage ships as JSON package data, read and written in one place.

The cue gate (:mod:`storycheck.quotes.cuemodel`) and the span model
(:mod:`storycheck.quotes.spanmodel`) are plain weights, trained by scripts in
this package and stored beside the code, so extraction needs neither
scikit-learn nor a download at run time.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any


def read(name: str) -> dict | None:
    """The JSON file ``name`` shipped in this package; None when the package has none."""
    path = resources.files("storycheck.quotes").joinpath(name)
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


def write(name: str, data: dict) -> Path:
    """Stores ``data`` as the package's ``name`` (compact, keys sorted, so a retrain diffs cleanly)."""
    path = Path(str(resources.files("storycheck.quotes").joinpath(name)))
    path.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    return path


def training_main(description: str, name: str, train: Callable[[str], tuple[Any, dict]],
                  summary: Callable[[dict], dict], size: Callable[[Any], str]) -> None:
    """The command line of a training script: train on a PolNeAR folder, print ``summary(report)`` as
    JSON, and with ``--write`` ship the model as ``name``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", help="the PolNeAR data folder")
    parser.add_argument("--write", action="store_true", help=f"write storycheck/quotes/{name}")
    args = parser.parse_args()
    model, report = train(args.path)
    print(json.dumps(summary(report)))
    if args.write:
        print(f"wrote {write(name, model.to_json())} ({size(model)})")
