"""Output for CI: GitHub workflow-command annotations and SARIF 2.1.0, and `--statistics`."""
from __future__ import annotations

import json
from collections import Counter

from .. import __version__
from ..sanitize import clean

_LEVEL = {"conflict": "error", "rounding": "warning", "consistent": "note"}
_RULES = {
    "conflict": "Figures about the same quantity disagree beyond rounding.",
    "rounding": "Figures about the same quantity differ only within the precision of the less precise one.",
}


def _escape_data(s: str) -> str:
    """Workflow-command data: control characters made visible first (sanitize), then GitHub's escapes."""
    return clean(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _uri(path: str) -> str:
    """A document's path (normalised by the reader) as a SARIF uri: percent-encoded bytes, relative to the
    repository root, or a file:// uri when the document lies outside it."""
    import os
    from urllib.parse import quote

    encoded = quote(os.fsencode(path), safe="/")
    return f"file://{encoded}" if path.startswith("/") else encoded


ANNOTATION_REASON = 400  # characters of the reason in each annotation: output linear in claims


def _bounded(text: str, limit: int = ANNOTATION_REASON) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def github(findings) -> str:
    """One annotation per claim of each unreviewed conflict or rounding finding, on the claim's line. The
    reason (which names every document of the group) is cut to a bounded length in each annotation."""
    lines = []
    for f in findings:
        if f.verdict == "consistent" or f.review:
            continue
        level = "error" if f.verdict == "conflict" else "warning"
        title = _escape_prop(_bounded(f"factcheck {f.verdict}: {f.group.subject} · {f.group.metric}"))
        reason = _escape_data(_bounded(f.reason))
        for c in f.claims:
            props = (f"file={_escape_prop(c.path)},line={c.line},endLine={c.end_line},col={c.column},"
                     f"endColumn={c.end_column},title={title}")
            lines.append(f"::{level} {props}::{_escape_data(_bounded(c.text))}: {reason} [{f.fingerprint}]")
    return "\n".join(lines) + ("\n" if lines else "")


def _where(c) -> dict:
    """A PDF page or Word table cell as location properties (the region's line is then on that page)."""
    props = {k: v for k, v in (("page", c.page), ("cell", c.cell)) if v is not None}
    return {"properties": props} if props else {}


def sarif(findings) -> str:
    """A SARIF 2.1.0 log: one result per conflict or rounding finding, its claims as locations, the
    fingerprint as partialFingerprints, reviews as external suppressions."""
    results = []
    for f in findings:
        if f.verdict == "consistent":
            continue
        locations = [{
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(c.path)},
                "region": {"startLine": c.line, "startColumn": c.column, "endLine": c.end_line,
                           "endColumn": c.end_column, "snippet": {"text": c.text}},
            },
            "message": {"text": c.sentence[:300]},
            **_where(c),
        } for c in f.claims]
        result = {
            "ruleId": f.verdict,
            "level": _LEVEL[f.verdict],
            "message": {"text": f.reason},
            "locations": locations[:1],
            "relatedLocations": [dict(loc, id=i) for i, loc in enumerate(locations[1:], start=1)],
            "partialFingerprints": {"factcheck/v1": f.fingerprint},
            "properties": {"subject": f.group.subject, "metric": f.group.metric, "unit": f.group.unit,
                           "period": f.group.period},
        }
        if f.review:
            result["suppressions"] = [{"kind": "external", "status": "accepted",
                                       "justification": f"{f.review['status']}: {f.review.get('note', '')}"}]
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck", "version": __version__, "informationUri": "https://example.invalid/factcheck",
                "rules": [{"id": k, "shortDescription": {"text": v},
                           "defaultConfiguration": {"level": _LEVEL[k]}} for k, v in _RULES.items()],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def statistics(findings) -> str:
    """Counts instead of findings: by verdict and review state, then by subject and metric."""
    by_verdict = Counter((f.verdict, "reviewed" if f.review else "unreviewed") for f in findings)
    by_what = Counter((f.verdict, f.group.subject, f.group.metric) for f in findings if f.verdict != "consistent")
    out = [f"{n:>5}  {v:<10} {state}" for (v, state), n in sorted(by_verdict.items(), key=lambda kv: (-kv[1], kv[0]))]
    if by_what:
        out.append("")
        out += [f"{n:>5}  {v:<10} {s} · {m}" for (v, s, m), n in sorted(by_what.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(out) + "\n"
