"""Ages that say which people a figure is about: the group's definition (or a person's description), no claim.

    children under 5 · young people aged 15–29 years · kids 14 and under · victims were younger than 25
    people below the age of 29 · people 30-54 years old · students (13–15 years) · between the ages of 6 and 18
    15-year-olds · the 15-year-old boy · 年龄低于25岁的 · 1至4岁稚龄儿童 · 其中14岁以下的 · 25-64岁民众 · 学龄人口(6-17岁)

An age stays a claim where it is what is measured, or said of one person or a thing as a predicate:

    a median age of 38 · life expectancy of 73.4 years · 平均年龄为38.8岁 · 预期寿命从2019年的77.3岁提高到78.6岁
    she died aged 87 · a 10-year-old record · whisky aged 12 years · 他今年25岁了 · 他的年龄不小于三十岁

Judged: numbers of 0-130 written bare, in years or months, or with 岁; a percentage, money or a scaled count ("under
5 million") never is. In English a people noun (plural or collective) must come first in the clause. The words are
data (nonclaims.toml [age]).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

_BOUND = r"(?:under|over|below|above|between|up to|at least|at most|younger than|older than)"
_HAN_AGE = re.compile(r"\s?[岁歲]")
# after the age: people or 的 (a group); never a clause's end, 了, 高龄, 那年 (a person's age said of them)
_HAN_GROUP_AFTER = re.compile(r"\s?[岁歲]?\s?(?:及?以[下上内]|之间)?\s?"
                              r"(?!左右|上下|前后|时|后|以前|以后|之间|及?以[下上内]|了|啦|高龄|那年|生日)[的\u4e00-\u9fff]")
_HAN_CLOSE = re.compile(r"\s?[岁歲]?\s?[)）]")
_EN_CLOSE = re.compile(r"\s?[)）]")
_YEARS_AFTER = re.compile(r"(?:\s?(?:-|–)?\s?(?:years?|yrs?))?(?:[\s-]old|\s+of\s+age|[\s-]year[\s-]olds?)(?![a-z])|"
                          r"(?:\s?(?:-|–)?\s?(?:years?|yrs?))?\s+(?:and|or)\s+(?:under|older|over|above|younger|below|up)"
                          r"(?![a-z])")
_YEAR_OLDS = re.compile(r"[\s-]years?[\s-]olds(?![a-z])")  # "15-year-olds": people of that age
_OTHER_END = re.compile(r"\s*(?:and|to|-|–|至|到)\s*")
_RANGE_LEAD = re.compile(r"(?:between|from|ages)\s+(?:the\s+ages\s+of\s+)?$")
_CLAUSE_END = re.compile(r"[,，;；。:：.!?！？]")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    from ..knowledge import _data, to_simplified

    t = _data("nonclaims.toml").get("age", {})
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    people, measured = alt(t.get("people", [])), alt(t.get("measured", []))
    return {
        # "aged", "ages of", "younger than", "below the age of" right before the number, people earlier in the clause
        "lead": re.compile(rf"(?:(?<![a-z])(?P<measured>{measured})\s+)?(?<![a-z])(?:aged?|ages(?:\s+of)?|"
                           rf"younger\s+than|older\s+than|(?:(?:{_BOUND}|before|by)\s+)the\s+age\s+of)\s+"
                           rf"(?:(?:{_BOUND}|about|around|roughly)\s+)?(?:the\s+age\s+of\s+)?$"),
        "people_before": re.compile(rf"(?<![a-z])(?:{people})(?![a-z])"),
        # "children under 5", "victims were younger than 25": a bound right after the people
        "bound": re.compile(rf"(?<![a-z])(?:{people})\s+(?:aged?\s+)?{_BOUND}\s+(?:the\s+age\s+of\s+)?$"),
        "plain": re.compile(rf"(?<![a-z])(?:{people})\s+(?:aged?\s+)?$"),
        "bracket": re.compile(rf"(?<![a-z])(?:{people})\s*[(（]\s*(?:aged?\s+)?$"),
        "person": re.compile(rf"-(?:years?|months?)-old\s+(?:{alt(t.get('person', []))})(?![a-z])"),
        "zh": re.compile(rf"(?:{alt({to_simplified(w) for w in t.get('measured_zh', [])})})[^，,。；;:：]{{0,12}}$"),
        # an age band that says whose figure it is: "children under 5", "aged 15-29", "kids 14 and under", 16-24岁,
        # 65岁及以上 (context.basis marks the figure with it)
        "band": re.compile(
            rf"(?<![a-z])(?:{people}|aged?)\s+(?:aged\s+)?(?:(?P<bound>under|below|over|above)\s+(?:the\s+age\s+of\s+)?)?"
            r"(?P<a>\d{1,3})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,3}))?(?:\s*(?:years?(?:\s+old)?))?"
            r"(?:\s+(?P<tail>and\s+(?:under|older|over|above)))?"
            r"|(?P<za>\d{1,3})\s*(?:岁|周岁)?\s*(?:-|~|～|至|到)\s*(?P<zb>\d{1,3})\s*(?:岁|周岁)"
            r"|(?P<zc>\d{1,3})\s*(?:岁|周岁)\s*(?P<ztail>及?以[上下])"),
    }


def group_ages(qs: list, text: str, low: str) -> list:
    """The quantities of one normalised line, those that are ages defining a group marked rejected ("age")."""
    out = []
    for q in qs:
        if q.rejected is None and _judged(q) and (_an_age_of_a_group(q, text, low) or _other_end(out, q, low)):
            q = replace(q, rejected="age")
        out.append(q)
    return out


def _other_end(out: list, q, low: str) -> bool:
    """"between the ages of 6 and 18", "from 15 to 24": the other end of an age range the text opens is one too."""
    if not out or out[-1].rejected != "age" or not _OTHER_END.fullmatch(low, out[-1].end, q.core.start):
        return False
    prev = out[-1]
    return bool(_RANGE_LEAD.search(low, max(0, prev.core.start - 24), prev.core.start))


def _judged(q) -> bool:
    """A number that could be an age: 0-130, bare, in years or months, or with 岁 (a count)."""
    if q.kind not in ("count", "physical") or q.scale_words:
        return False
    if q.kind == "physical" and not q.unit.startswith(("year", "month")):
        return False
    top = q.high if q.value is None or q.value != q.value else q.value  # (a range's value is NaN)
    return top is not None and 0 <= top <= 130 and (q.low is None or q.low >= 0)


def _an_age_of_a_group(q, text: str, low: str) -> bool:
    P = _patterns()
    # (before the number itself: a bound read into the figure, "under 5", is part of what comes before)
    at, end = q.core.start, q.core.end
    head = max(0, at - 60)
    cut = max((m.end() for m in _CLAUSE_END.finditer(text, head, at) if not text[m.end():m.end() + 1].isdigit()),
              default=head)  # (a decimal point ends no clause)
    before = low[cut:at]
    if "岁" in text[q.start:q.end] or "歲" in text[q.start:q.end] or _HAN_AGE.match(text, q.end):
        if P["zh"].search(text[cut:at]):
            return False  # 平均年龄为38.8岁, 预期寿命从2019年的77.3岁提高到: what is measured
        if q.start and text[q.start - 1] in "(（" and _HAN_CLOSE.match(text, q.end):
            return True  # 学龄人口(6-17岁), 王某(35岁): an age in brackets describes whom it follows
        # 25-64岁民众, 14岁以下的, 年龄低于25岁的, 12岁的小孩 (before the people, or 的); an age ending its clause or
        # said with 了 (他今年25岁了, 他的年龄不小于三十岁) is said of someone: a figure
        return bool(_HAN_GROUP_AFTER.match(text, q.end))
    if P["person"].match(low, q.core.end) or P["person"].match(low, q.end):
        return True  # "the 15-year-old boy": a person described ("a 10-year-old record" keeps its figure)
    if _YEAR_OLDS.match(low, q.core.end):
        return True  # "15-year-olds": people of that age
    m = P["lead"].search(before)
    if m:
        return m.group("measured") is None and bool(P["people_before"].search(before, 0, m.start()))
    if q.unit.startswith(("year", "month")) and P["bracket"].search(before) and _EN_CLOSE.match(low, q.end):
        return True  # "students (13–15 years)": an age in brackets after the people it describes
    if P["bound"].search(before):
        return True
    return bool(P["plain"].search(before) and (_YEARS_AFTER.match(low, end) or _YEARS_AFTER.match(low, q.end)))


def age_band(low: str, a: int, b: int) -> str | None:
    """The age band the text [a, b) names, as a marker ("ages <5", "ages 15-29", "ages 65+"), or None; an upper
    bound reads the same however written (under 5, 5岁以下, "5 and under")."""
    m = _patterns()["band"].search(low, a, b)
    if m is None:
        return None
    if m.group("a"):
        lo, hi, bound, tail = m.group("a"), m.group("b"), m.group("bound"), m.group("tail") or ""
        if hi:
            return f"ages {int(lo)}-{int(hi)}"
        if bound in ("under", "below") or "under" in tail:
            return f"ages <{int(lo)}"
        if bound in ("over", "above") or "older" in tail or "over" in tail or "above" in tail:
            return f"ages {int(lo)}+"
        return None
    if m.group("za"):
        return f"ages {int(m.group('za'))}-{int(m.group('zb'))}"
    # (5岁以下儿童 are the under-fives, as "14 and under" are the under-14s: upper bounds read alike)
    return f"ages {int(m.group('zc'))}+" if "上" in m.group("ztail") else f"ages <{int(m.group('zc'))}"
