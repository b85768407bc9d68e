"""One landmark named in part on some pages and in full on others: "Leaning Tower" on one page, "Tower of Pisa" on
another, "Leaning Tower of Pisa" on a third are one subject, the full name's (a page that names it in full says its
names in part itself: _Doc.named_in_part).

Forms it reads (a subject some document writes in full, its kind word before "of" and the place it is of, cues.toml
subject.landmark_kinds_last):

- the name without the place: "Leaning Tower" → "Leaning Tower of Pisa";
- the name from its kind word on: "Tower of Pisa" → "Leaning Tower of Pisa";

and not:

- a name two full names share ("Great Pyramid" beside "Great Pyramid of Giza" and "Great Pyramid of Cholula"):
  which it is, the pages do not say; nor does the full name ever become the part ("Great Pyramid of Giza" never
  meets "Great Pyramid of Cholula");
- a name no document writes in full: without one, nothing says "Leaning Tower" and "Tower of Pisa" are one;
- a full name no page states a size of: the Royal Palace of a page about Phnom Penh is not the Royal Palace of
  Madrid whose rooms one news item in the run counts. (A page about Venice's Grand Canal beside a page stating the
  length of the Grand Canal of China is still taken for China's: the names alone do not tell them apart.)

Read after every document's context, over all the claims of a run."""
from __future__ import annotations


from ..model import Claim, renamed
from . import landmarks
from .vocab import vocab


def unify(claims: list[Claim]) -> list[Claim]:
    """The claims, each subject written in part replaced by the one full name it is part of, a name some page states
    a size of (module docstring)."""
    last = tuple(vocab().cues.get("subject.landmark_kinds_last", ()))
    subjects = {c.context.subject for c in claims if c.context is not None and c.context.subject}
    # (a word before its kind word; a landmark whose size a page states, not a name a news item passes with a count:
    # "The Royal Palace of Madrid has 3,418 rooms" beside a page about the Royal Palace in Phnom Penh)
    full = {c.context.subject for c in claims if c.context is not None and c.context.subject and
            c.kind == "physical" and landmarks.kind_of_at(c.context.subject.lower().split(), last)}
    if not full:
        return claims
    alias = {}
    for s in subjects:
        whole = {f for f in full if f != s and (landmarks.short(f, last).lower() == s.lower() or
                                                landmarks.part_of(s, f, last))}
        if len(whole) == 1:
            alias[s] = whole.pop()
    if not alias:
        return claims
    return renamed(claims, alias)
