"""storycheck.crosscheck stage."""
