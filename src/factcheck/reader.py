"""Moved to the `factcheck.read` package (one reader per format); kept so that old imports keep working."""
from .read import (DEFAULT_MAX_BYTES, DEFAULT_SUFFIXES, LINK_REASON, decode, iter_files, looks_binary,  # noqa: F401
                   normal_path, read_file, read_paths, select_files)
