"""storycheck: cross-check how different news outlets report the same story.

The package is laid out as the pipeline runs: ``ingest`` -> ``nlp`` ->
``quotes`` / ``reuse`` / ``stories`` -> ``crosscheck`` -> ``report``, with
``store`` keeping what they produce and :mod:`storycheck.model` holding the
dataclasses that flow between them.
"""

__version__ = "0.1.0"
