"""storycheck.report stage."""
