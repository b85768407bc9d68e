"""factcheck: a source-consistency linter for figures."""

__version__ = "0.2.0"
