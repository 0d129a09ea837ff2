"""Which publisher an outlet name or web address stands for.

Shared by the stages that must tell outlets apart: reuse (is this article a news agency's own?) and the
cross-check (independence is counted by publisher, not by outlet name: ``usa.chinadaily.com.cn`` and
``chinadaily.com.cn`` are one newspaper).
"""

from __future__ import annotations

_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "police", "nhs", "sch", "mod",
                 "ltd", "plc"}  # bbc.co.uk, abc.net.au, met.police.uk
# hosts whose subdomains are separate publishers (one writer's newsletter or blog each)
_PLATFORMS = {"substack.com", "blogspot.com", "wordpress.com", "medium.com", "tumblr.com", "github.io",
              "livejournal.com", "typepad.com", "ghost.io", "beehiiv.com"}


def publisher(outlet: str) -> str:
    """The publisher behind an outlet name: a web domain without its edition or section subdomain
    ("usa.chinadaily.com.cn" and "europe.chinadaily.com.cn" are chinadaily.com.cn, "money.cnn.com" is
    cnn.com), except on a blogging platform, where each subdomain is its own writer; any other name as
    written, case aside."""
    name = outlet.strip().casefold()
    if "://" in name:
        name = name.split("://", 1)[1]
    name = name.split("/", 1)[0].split(":", 1)[0].rstrip(".").removeprefix("www.")
    labels = name.split(".")
    if len(labels) < 3 or " " in name or not all(labels) or labels[-1].isdigit():
        return name  # two labels, a plain name or an IP address
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    domain = ".".join(labels[-keep:])
    return ".".join(labels[-keep - 1:]) if domain in _PLATFORMS else domain
