"""storycheck.ingest stage."""
