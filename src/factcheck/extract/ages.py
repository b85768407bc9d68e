"""Ages that say which people a figure is about: the group's definition, no claim.

    children under 5 · young people aged 15–29 years · kids 14 and under · younger than 25 · below the age of 29
    people 30-54 years old · adults aged 40 years and older · 年龄低于25岁 · 1至4岁稚龄儿童 · 其中14岁以下的 · 25-64岁民众

An age is a figure where it is what is measured, and stays a claim:

    a median age of 38 · life expectancy of 73.4 years · the average age reached 36 · 平均年龄为38.8岁 · 预期寿命达到78.6岁

Only small whole numbers (an age of 0-130) written bare, in years or with 岁 are judged; a percentage, money or a
scaled count ("under 5 million") never is. The words are data (nonclaims.toml [age]).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

_BOUND = r"(?:under|over|below|above|between|from|up to|at least|at most|less than|more than|younger than|older than)"
_HAN_AGE = re.compile(r"\s?[岁歲]")
_HAN_GROUP_AFTER = re.compile(r"\s?[岁歲]?\s?(?:及?以[下上内]|之间)?\s?(?!左右|上下|前后|时|后|以前|以后|之间|及?以[下上内])[的\u4e00-\u9fff]")
_YEARS_AFTER = re.compile(r"(?:\s?(?:-|–)?\s?(?:years?|yrs?))?(?:[\s-]old|\s+of\s+age|[\s-]year[\s-]olds?)(?![a-z])|"
                          r"(?:\s?(?:-|–)?\s?(?:years?|yrs?))?\s+(?:and|or)\s+(?:under|older|over|above|younger|below|up)"
                          r"(?![a-z])")
_HAN_CLOSE = re.compile(r"\s?[岁歲]?\s?[)）]")
_EN_CLOSE = re.compile(r"\s?[)）]")
_OTHER_END = re.compile(r"\s*(?:and|to|or|-|–|至|到)\s*")
_COMPOUND = re.compile(r"[\d.]+-years?-olds?(?![a-z])")  # "the 15-year-old boy", "15-year-olds"
_CLAUSE_END = re.compile(r"[,，;；。:：.!?！？]")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    from ..knowledge import _data, to_simplified

    t = _data("nonclaims.toml").get("age", {})
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    people, measured = alt(t.get("people", [])), alt(t.get("measured", []))
    # (a measured word before: "a median age of 38" is a figure)
    aged = re.compile(rf"(?:(?<![a-z])(?P<measured>{measured})\s+)?(?<![a-z])(?:aged?|ages(?:\s+of)?|age\s+of|younger\s+than|"
                      rf"older\s+than|the\s+age\s+of)\s+(?:(?:{_BOUND}|about|around|roughly)\s+)?(?:the\s+age\s+of\s+)?$")
    bound = re.compile(rf"(?<![a-z])(?:{people})\s+(?:(?:aged?|who\s+are|are|were)\s+)?{_BOUND}\s+"
                       rf"(?:the\s+age\s+of\s+)?$")
    plain = re.compile(rf"(?<![a-z])(?:{people})\s+(?:aged?\s+)?$")
    bracket = re.compile(rf"(?<![a-z])(?:{people})\s*[(（]\s*(?:aged?\s+)?$")
    zh = re.compile(rf"(?:{alt({to_simplified(w) for w in t.get('measured_zh', [])})})[^，,。；;:：\d]{{0,4}}$")
    return aged, bound, plain, bracket, zh


def group_ages(qs: list, text: str, low: str) -> list:
    """The quantities of one normalised line, those that are ages defining a group marked rejected ("age")."""
    out = []
    for q in qs:
        if q.rejected is None and (_an_age_of_a_group(q, text, low) or out and out[-1].rejected == "age" and
                                   _OTHER_END.fullmatch(low, out[-1].end, q.core.start)):
            # ("between the ages of 6 and 18": the other end of an age is one too)
            q = replace(q, rejected="age")
        out.append(q)
    return out


def _an_age_of_a_group(q, text: str, low: str) -> bool:
    if q.kind not in ("count", "physical") or q.scale_words:
        return False
    if q.kind == "physical" and not q.unit.startswith("year"):
        return False
    top = q.high if q.value is None or q.value != q.value else q.value  # (a range's value is NaN)
    if top is None or not 0 <= top <= 130 or (q.low is not None and q.low < 0):
        return False
    aged, bound, plain, bracket, zh = _patterns()
    # (before the number itself: a bound read into the figure, "under 5", is part of what comes before)
    at, end = q.core.start, q.core.end
    head = max(0, at - 40)
    cut = max((m.end() for m in _CLAUSE_END.finditer(text, head, at)), default=head)
    before = low[cut:at]
    if "岁" in text[q.start:q.end] or "歲" in text[q.start:q.end] or _HAN_AGE.match(text, q.end):
        # 25-64岁民众, 14岁以下的, 年龄低于25岁的 (a group, its age before the people or 的); 平均年龄为38.8岁 and
        # 他的年龄不小于三十岁, an age ending its clause, are what is measured
        if q.start and text[q.start - 1] in "(（" and _HAN_CLOSE.match(text, q.end):
            return True  # 学龄人口(6-17岁), 王某(35岁): an age in brackets describes whom it follows
        return bool(_HAN_GROUP_AFTER.match(text, q.end)) and not zh.search(text[cut:at])
    if _COMPOUND.match(low, at):
        return True
    m = aged.search(before)
    if m:
        return m.group("measured") is None
    if q.unit.startswith("year") and bracket.search(low, max(0, at - 40), at) and _EN_CLOSE.match(low, q.end):
        return True  # "students (13–15 years)": an age in brackets after the people it describes
    if bound.search(before):
        return True
    return bool(plain.search(before) and (_YEARS_AFTER.match(low, end) or _YEARS_AFTER.match(low, q.end)))
