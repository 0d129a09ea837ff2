"""storycheck.store stage."""
