"""storycheck.scale stage."""
