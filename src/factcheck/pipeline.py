"""The stages wired together: read -> normalise -> extract (-> context -> group -> compare, next stages)."""
from __future__ import annotations

from dataclasses import dataclass

from .extract import extract_document
from .language import detect
from .model import Claim, ReadResult
from .reader import DEFAULT_MAX_BYTES, read_paths
from .report.json_report import DocSummary


@dataclass(frozen=True)
class ClaimsRun:
    read: ReadResult
    documents: tuple[DocSummary, ...]
    claims: tuple[Claim, ...]


def run_claims(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> ClaimsRun:
    read = read_paths(paths, max_bytes=max_bytes)
    docs: list[DocSummary] = []
    claims: list[Claim] = []
    for doc in read.documents:
        found = extract_document(doc)
        docs.append(DocSummary(doc.path, detect(doc.text), doc.sha256, len(found)))
        claims.extend(found)
    return ClaimsRun(read, tuple(docs), tuple(claims))
