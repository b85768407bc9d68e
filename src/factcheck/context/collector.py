"""The cyclic garbage collector paused while the context stage reads one document.

The stage makes millions of short-lived tuples, lists and sets per megabyte of text and no reference cycles (a
10 MB document: 0 objects collected), so each collection it triggers is pure cost: the full ones walk every
object alive, the document's lines, claims and frames included, again and again (about a seventh of the
stage's time on a 10 MB document). Reference counting still frees everything as usual; the collector is
restored as it was when the document is done, and runs then if it is due.
"""
from __future__ import annotations

import functools
import gc


def paused(fn):
    """Run fn with the cyclic collector off, then restore it as it was (also when fn raises)."""

    @functools.wraps(fn)
    def run(*args, **kwargs):
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return run
