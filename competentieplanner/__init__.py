"""Competentieplanner: competencies, target profiles and training paths for social domains."""

__version__ = "0.1.0"
