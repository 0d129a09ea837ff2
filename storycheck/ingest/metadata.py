"""Outlet names and publication dates from whatever metadata an input has."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

DATEPARSER_SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TO_TIMEZONE": "UTC",
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "YMD",
}


def parse_date(value) -> datetime | None:
    """A timezone-aware datetime from a date string or datetime; None if it is not a date.

    Dates without a zone are taken as UTC: storycheck compares publication
    times across outlets, and a stated convention beats a silent local one.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    text = str(value).strip()
    try:  # the common, unambiguous case first: ISO 8601
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    except ValueError:
        pass
    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(text, settings=DATEPARSER_SETTINGS)
    return parsed


def domain_of(url: str | None) -> str | None:
    """``https://www.bbc.co.uk/news/x`` -> ``bbc.co.uk``."""
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return re.sub(r"^(www\d*|m|amp|mobile)\.", "", host.lower())


HOSTNAME = re.compile(r"^(https?://)?[a-z0-9-]+(\.[a-z0-9-]+)+/?$", re.IGNORECASE)


def outlet_name(*, metadata: str | None, url: str | None, flag: str | None, path: str | None) -> str:
    """Outlet from metadata, else the URL's domain, else ``--outlet``, else the file name."""
    if metadata and HOSTNAME.match(metadata.strip()):
        metadata = domain_of(metadata.strip())
    for candidate in (metadata, domain_of(url), flag):
        if candidate and candidate.strip():
            return candidate.strip()
    if path and path != "-":
        return Path(re.sub(r"(?:\.gz)+(?=$|:)", "", path.split("#")[0], flags=re.I)).stem  # "reuters.txt.gz": reuters
    return "unknown"
