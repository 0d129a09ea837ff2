"""From paths on the command line to articles: walk folders, pick a reader, never stop on a bad file."""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from storycheck.errors import UserError
from storycheck.ingest import readers
from storycheck.ingest.decode import sniff_binary
from storycheck.ingest.readers import Failure, Item, Options

MAX_FILE_BYTES = 2_000_000_000  # a file we refuse to read into memory at all

BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc", ".arc": "warc", ".gz": "warc",
}
READERS = {
    "text": readers.read_text, "html": readers.read_html, "feed": readers.read_feed,
    "jsonl": readers.read_jsonl, "json": readers.read_json, "warc": readers.read_warc,
}
SKIP_NAMES = {"README.md", "readme.md", ".DS_Store"}


def sniff_format(data: bytes, name: str) -> str:
    """The reader for ``data``: by the file's suffix, else by its first bytes."""
    suffix = Path(name).suffix.lower()
    if name.lower().endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if suffix in BY_SUFFIX and suffix != ".gz":
        return BY_SUFFIX[suffix]
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/") or data[:2] == b"\x1f\x8b":
        return "warc"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed") or b"<rss" in head:
        return "html" if b"<html" in head else "feed"
    if head.startswith(b"<") and (b"<html" in head or b"<!doctype" in head or b"<body" in head):
        return "html"
    if head.startswith(b"{") and b"\n{" in data[:200_000]:
        return "jsonl"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def _unzipped_name(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def _sidecar(path: Path) -> dict | None:
    """The metadata of ``story.txt`` (or ``story.txt.gz``) in ``story.json`` beside it, if any."""
    side = Path(_unzipped_name(str(path))).with_suffix(".json")
    if side == path or not side.exists():
        return None
    try:
        value = json.loads(side.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return {str(k).lower(): v for k, v in value.items()} if isinstance(value, dict) else None


GZIP = b"\x1f\x8b"


def _gunzip(data: bytes) -> bytes:
    """A gzip file's content, every member of it (``cat a.gz b.gz``, bgzip), refusing more than MAX_FILE_BYTES
    in all (a small file can unpack to gigabytes)."""
    limit, out, rest = MAX_FILE_BYTES, bytearray(), data
    while rest[:2] == GZIP:
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += inflate.decompress(rest, limit + 1 - len(out))
        if len(out) > limit:
            raise UserError(f"gzip content is over {limit / 1e9:.1f} GB, too large to read")
        if not inflate.eof:
            raise UserError("damaged gzip file (it ends before its content does)")
        rest = inflate.unused_data
    if rest.strip(b"\0"):
        raise UserError(f"{len(rest)} bytes after the gzip content are not gzip")
    return bytes(out)


def read_bytes(data: bytes, name: str, options: Options, fmt: str | None = None,
               sidecar: dict | None = None) -> Iterator[Item]:
    """Articles from one input's bytes; every problem becomes a :class:`Failure`. A gzip file other
    than a ``.warc.gz`` ("articles.jsonl.gz", "crawl.gz") is read as what it holds."""
    inner_name = name
    if fmt is None and data[:2] == GZIP and not name.lower().endswith((".warc.gz", ".arc.gz")):
        try:
            for _ in range(3):  # "x.txt.gz.gz" too, but no deeper
                data, inner_name = _gunzip(data), _unzipped_name(inner_name)
                if data[:2] != GZIP:
                    break
        except (UserError, zlib.error) as err:
            yield Failure(name, f"could not unpack: {err}")
            return
        if data.lstrip()[:5].lower().startswith(b"warc/"):
            fmt = "warc"
    fmt = fmt or sniff_format(data, inner_name)
    if fmt != "warc":
        kind = sniff_binary(data)
        if kind:
            yield Failure(name, f"binary file ({kind}), not an article")
            return
    try:
        if fmt == "text":
            yield from readers.read_text(data, name, options, sidecar=sidecar)
        else:
            yield from READERS[fmt](data, name, options)
    except UserError as err:
        yield Failure(name, str(err))
    except Exception as err:  # noqa: BLE001 - a reader bug must cost one file, not the batch
        yield Failure(name, f"could not read as {fmt}: {type(err).__name__}: {err}")


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.name.startswith(".") or child.name in SKIP_NAMES:
                continue
            if child.is_symlink() and not child.exists():
                yield child  # a link to nothing: reported when read, not passed over
            elif child.is_file():
                if child.suffix.lower() == ".json" and any(child.with_suffix(s).exists()
                                                           for s in (".txt", ".md", ".txt.gz", ".md.gz")):
                    continue  # a sidecar: read with its text file
                yield child
    else:
        yield path


def read_paths(paths: Iterable[str], options: Options | None = None) -> Iterator[Item]:
    """Every article in ``paths`` (files, folders walked recursively, ``-`` for stdin), in order."""
    options = options or Options()
    for raw in paths:
        if raw == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "-", options)
            continue
        root = Path(raw)
        if not root.exists() and not root.is_symlink():
            yield Failure(raw, "no such file or directory")
            continue
        for path in _files(root):
            name = str(path)
            if path.is_symlink() and not path.exists():
                yield Failure(name, f"broken symbolic link (to {os.readlink(path)})")
                continue
            try:
                size = path.stat().st_size
                if size > MAX_FILE_BYTES:
                    yield Failure(name, f"file is {size / 1e9:.1f} GB, too large to read")
                    continue
                if size == 0:
                    yield Failure(name, "empty file")
                    continue
                with open(path, "rb") as handle:
                    data = handle.read()
            except PermissionError:
                yield Failure(name, "permission denied (file is not readable)")
                continue
            except OSError as err:
                yield Failure(name, f"cannot read: {err.strerror or err}")
                continue
            yield from read_bytes(data, name, options, sidecar=_sidecar(path))


def count_inputs(paths: Iterable[str]) -> int:
    """How many files ``paths`` name (for a progress bar); cheap, never reads a file."""
    total = 0
    for raw in paths:
        p = Path(raw)
        total += sum(1 for _ in _files(p)) if p.is_dir() else 1
    return total


__all__ = ["read_paths", "read_bytes", "sniff_format", "Failure", "Options", "count_inputs"]
