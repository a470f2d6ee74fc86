"""storybuilder: write the training story of an ML project, and find its open problems."""

__version__ = "0.1.0"
