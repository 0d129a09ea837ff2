"""storycheck.quotes stage."""
