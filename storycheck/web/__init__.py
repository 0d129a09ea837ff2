"""storycheck.web stage."""
