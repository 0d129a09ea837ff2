"""The language layer: one spaCy pipeline, loaded once, that gives sentences and entities."""

from storycheck.nlp.pipeline import ParsedArticle, get_nlp, parse, parse_many

__all__ = ["ParsedArticle", "get_nlp", "parse", "parse_many"]
