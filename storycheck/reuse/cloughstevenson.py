"""The Clough & Stevenson corpus of plagiarised short answers, read robustly.

95 answers to five questions (tasks a-e), each written from a Wikipedia
source (``orig_task<x>.txt``) as a cut-and-paste copy (``cut``), a light or
heavy rewrite, or without using it (``non``). The files mix UTF-8, Windows-1252
and stray control bytes, so each file is decoded as UTF-8 when it is valid and
as Windows-1252 otherwise.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import LCSseq

from storycheck.errors import UserError
from storycheck.reuse.align import align, containment, measure
from storycheck.reuse.text import tokenize

CATEGORIES = ["cut", "light", "heavy", "non"]


@dataclass
class Answer:
    file: str
    task: str  # a..e: which source it was written from
    category: str  # cut | light | heavy | non
    text: str


def decode(data: bytes) -> str:
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    return "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")


def load(root: str | Path) -> tuple[list[Answer], dict[str, str]]:
    """The labelled answers and the five source texts by task."""
    root = Path(root)
    labels = root / "labels_File_list.csv"
    if not labels.exists():
        raise UserError(f"{root}: not the Clough & Stevenson corpus (no labels_File_list.csv)")
    corpus = root / "corpus"
    sources = {task: decode((corpus / f"orig_task{task}.txt").read_bytes()) for task in "abcde"}
    answers = []
    with open(labels, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            answers.append(Answer(row["File"], row["Task"], row["Category"],
                                  decode((corpus / row["File"]).read_bytes())))
    return answers, sources


def measures(answers: list[Answer], sources: dict[str, str]) -> list[list[float]]:
    """Our alignment measures for each answer, taken from the answer's side (it is the derived text)."""
    source_tokens = {task: tokenize(text) for task, text in sources.items()}
    rows = []
    for answer in answers:
        x, y = tokenize(answer.text), source_tokens[answer.task]
        rows.append(measure(x, y, align(x, y)).vector())
    return rows


def baseline_measures(answers: list[Answer], sources: dict[str, str]) -> list[list[float]]:
    """The corpus paper's features: word n-gram containment (n = 1..5) and normalised LCS."""
    rows = []
    for answer in answers:
        x, y = tokenize(answer.text).words, tokenize(sources[answer.task]).words
        rows.append([containment(x, y, n) for n in range(1, 6)] + [LCSseq.similarity(x, y) / max(len(x), 1)])
    return rows
