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


def github(findings, rel=None) -> str:
    """One annotation per unreviewed conflict or rounding finding (GitHub shows about ten per step), on its
    first claim's line, naming the other places that state the quantity; the reason is cut to a bounded
    length."""
    from ..compare import value_key

    rel = rel or (lambda p: p)  # paths relative to the repository root, as GitHub resolves them
    lines = []
    for f in findings:
        if f.verdict == "consistent" or f.review:
            continue
        level = "error" if f.verdict == "conflict" else "warning"
        first = f.claims[0]
        title = _escape_prop(_bounded(f"factcheck {f.verdict}: {f.group.subject} · {f.group.metric}"))
        others = []
        for c in f.claims[1:]:
            place = f"{c.text} at {rel(c.path)}:{c.line}"
            if place not in others:
                others.append(place)
        elsewhere = _bounded("; also " + ", ".join(others)) if others else ""
        earlier = ""
        if getattr(f, "earlier", None):
            e = f.earlier
            earlier = _bounded(f" (earlier review {e.get('fingerprint', '')} was {e['status']} on {e.get('date')}: "
                               f"{e.get('note', '')})", 200)
        props = (f"file={_escape_prop(rel(first.path))},line={first.line},endLine={first.end_line},col={first.column},"
                 f"endColumn={first.end_column},title={title}")
        lines.append(f"::{level} {props}::{_escape_data(_bounded(first.text))} ({value_key(first)}): "
                     f"{_escape_data(_bounded(f.reason))}{_escape_data(elsewhere)}{_escape_data(earlier)} "
                     f"[{f.fingerprint}]")
    return "\n".join(lines) + ("\n" if lines else "")


def _where(c) -> dict:
    """A PDF page or Word table cell as location properties (the region's line is then on that page)."""
    props = {k: v for k, v in (("page", c.page), ("cell", c.cell)) if v is not None}
    return {"properties": props} if props else {}


def sarif(findings, suppressed: str = "omit", rel=None) -> str:
    """A SARIF 2.1.0 log: one result per unreviewed conflict or rounding finding, its claims as locations,
    the fingerprint as partialFingerprints. Reviewed findings are left out (GitHub code scanning and
    sarif-tools show suppressed results as alerts); with suppressed="include" they are written as external
    suppressions."""
    rel = rel or (lambda p: p)  # uris relative to the repository root, wherever factcheck ran
    results = []
    for f in findings:
        if f.verdict == "consistent" or (f.review and suppressed != "include"):
            continue
        locations = [{
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(rel(c.path))},
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
    by_verdict, by_what = _counts(findings)
    out = [f"{n:>5}  {v:<10} {state}" for (v, state), n in by_verdict]
    if by_what:
        out.append("")
        out += [f"{n:>5}  {v:<10} {s} · {m}" for (v, s, m), n in by_what]
    return "\n".join(out) + "\n"


def _counts(findings):
    by_verdict = Counter((f.verdict, "reviewed" if f.review else "unreviewed") for f in findings)
    by_what = Counter((f.verdict, f.group.subject, f.group.metric) for f in findings if f.verdict != "consistent")
    return (sorted(by_verdict.items(), key=lambda kv: (-kv[1], kv[0])),
            sorted(by_what.items(), key=lambda kv: (-kv[1], kv[0])))


def statistics_json(findings) -> str:
    """--statistics --format json: the same counts as objects."""
    by_verdict, by_what = _counts(findings)
    data = {"schema": "factcheck-statistics/1", "tool": {"name": "factcheck", "version": __version__},
            "verdicts": [{"verdict": v, "state": st, "count": n} for (v, st), n in by_verdict],
            "quantities": [{"verdict": v, "subject": s, "metric": m, "count": n} for (v, s, m), n in by_what]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
