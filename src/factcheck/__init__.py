"""factcheck: a source-consistency linter for figures."""

__version__ = "0.1.0"
