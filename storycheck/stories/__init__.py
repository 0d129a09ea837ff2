"""storycheck.stories stage."""
