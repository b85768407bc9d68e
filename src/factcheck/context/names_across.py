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

One landmark romanised two ways (`variants`): "Taklamakan Desert", "Taklimakan Desert" and "Takla Makan Desert"
are one subject, the spelling most of the run's figures use. Two names of one kind word whose stems (spaces, case
and accents aside), at least seven letters long, differ only in a vowel (two from ten letters on), or, at least six
letters long, in two neighbouring letters swapped (a slip of the keyboard):

- "Taklimakan Desert" → "Taklamakan Desert" (where more figures say Taklamakan);
- "Namsto Lake" → "Namtso Lake";
- "Kilimanjaro" and "Mount Kilimanjaro" are left to the spellings of `group.subject_key`;

and not:

- two stems shorter than seven letters (庐山 "Lushan" and 骊山 "Lishan" are two mountains);
- a consonant apart: "Dongping Lake" (东平湖) and "Dongting Lake" (洞庭湖) are two lakes;
- two names of different kinds ("Amazon River", "Amazon Basin") or no kind word at all (companies).

Read after every document's context, over all the claims of a run."""
from __future__ import annotations


from collections import Counter

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


_STEM_MIN = 7  # letters in a stem before a vowel apart is a spelling, not another name
_VOWELS = str.maketrans("aeiouy", "******")


def _vowels_apart(a: str, b: str) -> bool:
    """Two stems of one length whose letters differ only in vowels, at one place (two from ten letters on):
    "taklamakan" and "taklimakan", "teklimakan" (not "dongping" and "dongting", a consonant: two places; nor
    "taishan" and "tieshan", two vowels in seven letters)."""
    apart = sum(x != y for x, y in zip(a, b))
    return len(a) == len(b) and apart <= (2 if len(a) >= 10 else 1) and a.translate(_VOWELS) == b.translate(_VOWELS)


def _swapped(a: str, b: str) -> bool:
    """Two stems of one length, six letters or more, one pair of neighbouring letters swapped: a slip of the
    keyboard ("namsto" for "namtso")."""
    if len(a) != len(b) or len(a) < _SWAP_MIN:
        return False
    apart = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]


_SWAP_MIN = 6


def variants(claims: list[Claim]) -> list[Claim]:
    """The claims, each landmark name spelt a vowel or two apart from another of its kind, or with two neighbouring
    letters swapped, filed under the spelling most of the run's claims among them use (module docstring)."""
    from ..group import subject_key

    kinds = {landmarks.kept_kind(k) for k in (*vocab().cues.get("subject.landmark_kinds_last", ()),
                                               *vocab().cues.get("subject.landmark_kinds_first", ()))}
    used = Counter(c.context.subject for c in claims if c.context is not None and c.context.subject)
    stems: dict[tuple[str, str], list[str]] = {}  # (kind, stem) -> names
    for name in used:
        words = landmarks.spelled(name).split()
        if len(words) < 2:
            continue
        kind = words[0] if words[0] in kinds else words[-1] if words[-1] in kinds else None
        if kind is None:
            continue
        stem = subject_key(" ".join(w for w in words if w != kind))
        if len(stem) >= min(_STEM_MIN, _SWAP_MIN) and stem.isalpha():
            stems.setdefault((kind, stem), []).append(name)
    # (stems that may be one spelling: one vowel skeleton, or one set of letters)
    buckets: dict[tuple, list[tuple[str, str]]] = {}
    for kind, stem in stems:
        if len(stem) >= _STEM_MIN:
            buckets.setdefault((kind, "v", stem.translate(_VOWELS)), []).append((kind, stem))
        buckets.setdefault((kind, "s", "".join(sorted(stem))), []).append((kind, stem))
    parent = {x: x for x in stems}

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x
    for (_, how, _), keys in buckets.items():
        keys.sort()
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if _vowels_apart(a[1], b[1]) if how == "v" else _swapped(a[1], b[1]):
                    parent[root(b)] = root(a)
    # (one name for each set of stems joined by spellings apart: "Teklimakan" joins "Taklamakan" through
    # "Taklimakan", all three under one)
    sets: dict[tuple[str, str], list[str]] = {}
    joined: Counter = Counter()
    for x in sorted(stems):
        sets.setdefault(root(x), []).extend(stems[x])
        joined[root(x)] += 1
    alias: dict[str, str] = {}
    for r, names in sets.items():
        if joined[r] > 1 and len({subject_key(n) for n in names}) > 1:
            top = max(names, key=lambda n: (used[n], n))
            alias.update({n: top for n in names if n != top})
    return renamed(claims, alias) if alias else claims
