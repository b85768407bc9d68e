"""The JSON report, exactly as `spec/report-json.md` describes it. Output is deterministic: same input,
same bytes."""
from __future__ import annotations

import json
from dataclasses import dataclass

from .. import __version__
from ..model import Claim

SCHEMA = "factcheck-report/1"


@dataclass(frozen=True)
class DocSummary:
    path: str
    lang: str
    sha256: str
    claims: int


def claim_ids(claims: list[Claim]) -> dict[int, str]:
    return {id(c): f"c{i}" for i, c in enumerate(claims, start=1)}


def claim_dict(c: Claim, cid: str) -> dict:
    return {
        "id": cid,
        "path": c.path,
        "line": c.line,
        "column": c.column,
        "end_line": c.end_line,
        "end_column": c.end_column,
        **({"page": c.page} if c.page is not None else {}),  # PDF: `line` is the line on this page
        **({"cell": c.cell} if c.cell is not None else {}),  # Word: the table cell; `line` is the paragraph
        "text": c.text,
        "value": c.value,
        "low": c.low,
        "high": c.high,
        "unit": c.unit,
        "written_value": c.written_value,
        "written_unit": c.written_unit,
        "written_low": c.written_low,
        "written_high": c.written_high,
        **({"per": c.per} if c.per is not None else {}),  # a rate: the base it is stated per (13.7 per 100000)
        "qualifier": c.qualifier,
        "subject": c.subject,
        "metric": c.metric,
        "period": c.period,
        "sentence": c.sentence,
        **frame_dict(c),
    }


def frame_dict(c: Claim) -> dict:
    """What the context stage read (added fields, see the README): measure, object, scope, basis, source."""
    x = c.context
    if x is None:
        return {}
    return {"measure": x.measure, "change_base": x.base, "object": list(x.topics), "object_words": list(x.words),
            "scope": x.scope, "qualifiers": list(x.modifiers), "basis": list(x.basis), "source": x.source,
            "subject_from": x.how, "period_hint": x.period_hint}


def group_dicts(claims: list[Claim], findings) -> list[dict]:
    """The `groups` array: findings in report order (severity, then first claim), ids g1, g2 …"""
    ids = claim_ids(claims)
    out = []
    for n, f in enumerate(findings, start=1):
        g = f.group
        out.append({
            "id": f"g{n}",
            "fingerprint": f.fingerprint,
            "subject": g.subject,
            "metric": g.metric,
            "unit": g.unit,
            "period": g.period,
            "verdict": f.verdict,
            "severity": f.severity,
            "review": getattr(f, "review", None),
            "earlier_review": getattr(f, "earlier", None),
            "claims": [ids[id(claims[i])] for i in g.members],
            "reason": f.reason,
        })
    return out


def build(docs: list[DocSummary], claims: list[Claim], groups: list[dict] | None = None,
          summary_extra: dict | None = None) -> dict:
    ids = claim_ids(claims)
    groups = groups or []
    summary = {"documents": len(docs), "claims": len(claims), "groups": len(groups),
               "conflict": sum(g.get("verdict") == "conflict" for g in groups),
               "rounding": sum(g.get("verdict") == "rounding" for g in groups),
               "unreviewed": sum(g.get("verdict") in ("conflict", "rounding") and not g.get("review") for g in groups)}
    summary.update(summary_extra or {})
    return {
        "schema": SCHEMA,
        "tool": {"name": "factcheck", "version": __version__},
        "documents": [{"path": d.path, "lang": d.lang, "sha256": d.sha256, "claims": d.claims} for d in docs],
        "claims": [claim_dict(c, ids[id(c)]) for c in claims],
        "groups": groups,
        "summary": summary,
    }


def dumps(report: dict) -> str:
    """The report as JSON: one document, claim or group per line (diffable, and written by the C encoder,
    which `indent` would disable)."""
    def one(x) -> str:
        return json.dumps(x, ensure_ascii=False, separators=(", ", ": "))

    parts = []
    for key, val in report.items():
        if isinstance(val, list) and val:
            body = ",\n    ".join(one(x) for x in val)
            parts.append(f'  {one(key)}: [\n    {body}\n  ]')
        else:
            parts.append(f"  {one(key)}: {one(val)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
