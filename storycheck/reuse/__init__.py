"""storycheck.reuse stage."""
