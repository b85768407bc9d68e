"""Generate the countries and territories of the world into src/factcheck/data/aliases.toml.

A one-off generator, run by hand; factcheck never imports it or Babel. It needs Babel (CLDR data) on the path:

    pip install --target /tmp/babel babel
    PYTHONPATH=/tmp/babel:src python tools/gen_countries.py        # rewrites aliases.toml in place

What it writes, for every sovereign country and a few usual territories (TERRITORIES):
- English names: CLDR's English name, with "&" as "and" and "St." as "Saint", plus the CLDR alternative
  forms Babel drops (CLDR -alt-short / -alt-variant: "Ivory Coast", "Czech Republic", "Burma", "Swaziland",
  "East Timor") and a few more usual ones (EXTRA_EN);
- Chinese names: CLDR zh_Hans, zh_Hant and zh_Hant_HK, each as its Simplified string (the table is matched
  after Traditional->Simplified conversion, so 紐西蘭 is written 纽西兰 and 義大利 义大利), plus EXTRA_ZH;
- English adjectives (demonyms), written by hand (DEMONYMS): CLDR has none.
An entry the table already has (EXISTING: [US], [China], [Korea], [Taiwan], ...) keeps its canonical name, kind
and aliases; the generator only appends the names it lacks to its `aliases` and `adjectives` lines. The other
countries go in one block between the two GENERATED marker lines (replaced on every run). A name another entry
already holds is not added (the generator says so). Running it twice changes nothing.

Left out (matching is case-insensitive on Latin word boundaries, and a Chinese name matches inside any word):
- English words with an ordinary or a more common sense: "Chad" (a first name), "Jordan" (a name, Michael
  Jordan), "Georgia" (the US state) and "Georgian" (the era), "Turkey" (the bird; no capitalised-only
  mechanism exists: vocab.upper_only is for all-capital acronyms of five letters or fewer), "Guinea" (guinea
  fowl, guinea pig, the coin), "Niger" (the river), "Mali", "Chile" (chile peppers), "Togo", "Congo" alone
  is the Democratic Republic's (as Reuters and AP write it after the first mention; the other is "Republic of
  Congo" or "Congo-Brazzaville"), "Macedonia" alone (the Greek region), "Micronesia" alone (the region), "Holland",
  "Jersey", "Dominican" for Dominica (it is the Dominican Republic's), "Polish" (polish), "Congolese" (two
  countries), "Macedonian", "Lao", "Khmer", "Malay", "Kiwi", "Arab", "Persian", "Central African" (the
  region). Chile, Turkey, Niger, Mali, Togo and Guinea match only capitalised (CAPITALISED, aliases.toml
  `capitalised`; [Chile] keeps its short name as canonical, matched only so). The others take a canonical name
  that is no ordinary word ([Republic of
  Chad], [Hashemite Kingdom of Jordan], [Republic of Georgia], [Türkiye], [Republic of Guinea], [Republic of
  Niger], [Republic of Mali], [Togolese Republic]: the canonical name is an alias too), their formal names,
  Chinese names and adjectives (Chilean, Chadian, Jordanian, Turkish, Guinean, Nigerien, Malian, Togolese).
  "Republic of China" is not Taiwan's: it is inside "People's Republic of China".
- Chinese names inside common words or other names:
  中非 (中非合作 is China-Africa; the Central African Republic only as 中非共和国), 苏丹 (sultan, 苏丹红; Sudan
  only as 苏丹共和国; 南苏丹 is fine), 马里 and 马利 (马里兰 Maryland, 马里奥, 马里亚纳; Mali as 马里共和国),
  多哥 (很多哥伦比亚…; Togo as 多哥共和国), 汤加 and 东加 (汤加盐, 广东加…; Tonga as 汤加王国), 黑山 (黑山县, a black mountain; Montenegro as 黑山共和国, 蒙特内哥罗), 多米尼克 (the
  first name Dominic; Dominica as 多米尼克国), 刚果 alone (two countries; 刚果(金), 刚果金, 刚果民主共和国 and
  刚果(布), 刚果布, 刚果共和国), 哈萨克 and 塔吉克 alone (the 哈萨克族 and 塔吉克族 of China; 哈萨克斯坦,
  塔吉克斯坦 are kept), 孟加拉 alone (Bengal, 孟加拉湾; 孟加拉国 is kept), 马其顿 alone, 查德 (Chad in Taiwan;
  also a first name), 乔治亚 (Georgia in Taiwan; also the US state 乔治亚州), 狮子山 (Sierra Leone in Taiwan;
  a hill's name), 尼日 (Niger in Taiwan; 尼日河), 葛摩 (Comoros in Taiwan), 卡达 (Qatar in Taiwan; 信用卡达到),
  贝南 and 加彭 (Benin and Gabon in Taiwan; 宝贝南下, 参加彭…; 贝宁 and 加蓬 are kept).
  Kept though short: 海地 (沿海地区 and 地中海地区 hold it: cues.toml subject.common_nouns lists 海地区, so
  only Haiti's own 海地 matches), 印度 (印度尼西亚 is longer and wins), 蒙古 (内蒙古 is longer), 朝鲜 (朝鲜半岛 is its own
  region entry, [Korean Peninsula]), 几内亚 (几内亚湾 is [Gulf of Guinea]), 加纳 (加纳利群岛 is [Canary Islands]),
  巴林, 阿曼, 也门, 古巴, 不丹, 乍得, 老挝, 文莱, 秘鲁, 智利, 约旦, 南非 (as the brief has it: 江南非常 is
  the one risk, and 河南, 海南, 云南 and 湖南 are longer aliases that start first).
"""
from __future__ import annotations

import json
import pathlib
import re
import sys
import tomllib
import unicodedata

from babel import Locale

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from factcheck.normalize import to_simplified  # noqa: E402

TABLE = ROOT / "src" / "factcheck" / "data" / "aliases.toml"
BEGIN = "# ---------------------------------------------------------------- countries and territories of the world"
END = "# ---------------------------------------------------------------- (end of tools/gen_countries.py's block)"
BLOCK_NOTE = ("# Generated by tools/gen_countries.py from CLDR (Babel) names and a hand-written table of adjectives; "
              "edit the\n# generator, not this block. Names left out as ambiguous are listed in its docstring.")

# The entries the table already has, by ISO code: their canonical names stay.
EXISTING = {
    "US": "US", "CN": "China", "JP": "Japan", "KR": "Korea", "TW": "Taiwan", "HK": "Hong Kong", "MO": "Macau",
    "DE": "Germany", "FR": "France", "GB": "UK", "IN": "India", "RU": "Russia", "SA": "Saudi Arabia",
    "BR": "Brazil", "VN": "Vietnam", "ID": "Indonesia", "MY": "Malaysia", "SG": "Singapore", "TH": "Thailand",
    "AU": "Australia", "CA": "Canada", "MX": "Mexico", "IR": "Iran", "IQ": "Iraq", "AE": "UAE", "NO": "Norway",
    "CO": "Colombia", "ET": "Ethiopia", "CI": "Côte d'Ivoire", "GH": "Ghana", "ES": "Spain", "IT": "Italy",
}

# The usual territories (kind region, as [Taiwan], [Hong Kong] and [Macau]); every other code below a country.
TERRITORIES = {"PR", "GL", "GU", "NC", "PF", "BM", "KY", "VG", "VI", "GI", "FO", "AW", "CW", "RE", "GP", "MQ",
               "GF", "AS", "MP", "EH", "FK", "PS"}
NOT_SOVEREIGN = {  # CLDR codes that are no country and no usual territory
    "AC", "AI", "AQ", "AX", "BL", "BQ", "BV", "CC", "CK", "CP", "CQ", "CX", "DG", "EA", "EU", "EZ", "GG", "GS",
    "HM", "IC", "IM", "IO", "JE", "MF", "MS", "NF", "NU", "PM", "PN", "QO", "SH", "SJ", "SX", "TA", "TC", "TF",
    "TK", "UM", "UN", "WF", "XA", "XB", "YT", "ZZ"}

# A canonical name other than CLDR's English name (the canonical name is an alias too).
CANON = {
    "CL": "Chile", "TD": "Republic of Chad", "JO": "Hashemite Kingdom of Jordan",
    "GE": "Republic of Georgia", "TR": "Türkiye", "GN": "Republic of Guinea", "NE": "Republic of Niger",
    "ML": "Republic of Mali", "TG": "Togolese Republic", "CD": "DR Congo", "CG": "Republic of the Congo",
    "KP": "North Korea", "MM": "Myanmar", "PS": "Palestine", "FM": "Federated States of Micronesia",
    "VA": "Vatican City", "BA": "Bosnia and Herzegovina", "AG": "Antigua and Barbuda",
    "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines",
    "ST": "São Tomé and Príncipe", "TT": "Trinidad and Tobago", "CV": "Cape Verde", "TL": "Timor-Leste",
    "SZ": "Eswatini", "CZ": "Czechia", "MK": "North Macedonia", "GM": "Gambia", "BS": "Bahamas",
}

# Names that are also ordinary words, matched only capitalised (aliases.toml `capitalised`): "Chile", not "chile
# peppers"; "Turkey", not "turkey prices". (Chad, Jordan and Georgia stay out: capitalised, they are as often a
# first name, a surname and the US state.)
CAPITALISED = {"CL": ["Chile"], "TR": ["Turkey"], "NE": ["Niger"], "ML": ["Mali"], "TG": ["Togo"], "GN": ["Guinea"]}

SKIP_EN = {"chad", "jordan", "georgia", "turkey", "guinea", "niger", "mali", "chile", "togo", "congo",
           "macedonia", "micronesia", "holland", "jersey", "congo - kinshasa", "congo - brazzaville",
           "hong kong sar china", "macao sar china", "palestinian territories", "myanmar (burma)",
           "republic of china"}
SKIP_ZH = {"中非", "苏丹", "马里", "马利", "多哥", "汤加", "东加", "黑山", "多米尼克", "刚果", "哈萨克",
           "塔吉克", "孟加拉", "马其顿", "查德", "乔治亚", "狮子山", "尼日", "葛摩", "卡达", "贝南",
           "加彭"}

EXTRA_EN = {
    "US": ["United States of America"],
    "CN": ["People's Republic of China"],
    "KR": [],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "GB": ["Great Britain"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkiye", "Republic of Türkiye", "Republic of Turkiye"],
    "MM": ["Burma"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "TL": ["East Timor"],
    "CV": ["Cabo Verde"],
    "CD": ["DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
           "Congo (Kinshasa)", "Congo (DRC)", "Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo (Brazzaville)", "Congo (Republic)"],
    "PS": ["State of Palestine", "Palestinian Territories", "West Bank and Gaza"],
    "VA": ["Holy See"],
    "FM": ["Micronesia (Federated States of)"],
    "MK": ["Republic of North Macedonia"],
    "NL": ["The Netherlands"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "PH": ["The Philippines"],
    "LA": ["Lao PDR"],
    "RU": ["Russian Federation"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "TZ": ["United Republic of Tanzania"],
    "MD": ["Republic of Moldova"],
    "BN": ["Brunei Darussalam"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "CL": ["Republic of Chile"], "TD": [], "JO": ["Kingdom of Jordan"], "GE": [], "GN": ["Guinea-Conakry"], "NE": [],
    "ML": [], "TG": ["Republic of Togo"],
    "NZ": ["Aotearoa New Zealand"],
    "HK": ["Hong Kong SAR"], "MO": ["Macao SAR", "Macau SAR"],
    "SD": ["Republic of the Sudan"],
    "SS": ["Republic of South Sudan"],
    "GW": ["Republic of Guinea-Bissau"],
    "CF": [],
    "VI": ["US Virgin Islands"],
}
EXTRA_ZH = {
    "CN": ["中华人民共和国"],
    "KP": ["北朝鲜", "朝鲜民主主义人民共和国"],
    "KR": ["大韩民国"],
    "CF": ["中非共和国"],
    "SD": ["苏丹共和国"],
    "ML": ["马里共和国"],
    "TG": ["多哥共和国"],
    "TO": ["汤加王国"],
    "HT": ["海地共和国"],
    "ME": ["黑山共和国"],
    "DM": ["多米尼克国"],
    "CD": ["刚果金", "刚果民主共和国", "民主刚果"],
    "CG": ["刚果布", "刚果共和国"],
    "BA": ["波黑"],
    "MN": ["蒙古国"],
    "TR": ["土耳其共和国"],
    "SZ": ["埃斯瓦蒂尼", "斯威士兰"],
    "CZ": ["捷克共和国"],
    "PH": ["菲律宾"],
    "NL": ["荷兰"],
    "AE": ["阿拉伯联合酋长国"],
    "GB": ["大不列颠"],
    "DO": ["多米尼加"],
    "PS": ["巴勒斯坦"],
}

# English adjectives, by hand (CLDR has no demonyms). Left out: see the docstring.
DEMONYMS = {
    "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "AD": ["Andorran"], "AO": ["Angolan"],
    "AG": ["Antiguan"], "AR": ["Argentine", "Argentinian"], "AM": ["Armenian"], "AU": ["Australian"],
    "AT": ["Austrian"], "AZ": ["Azerbaijani", "Azeri"], "BS": ["Bahamian"], "BH": ["Bahraini"],
    "BD": ["Bangladeshi"], "BB": ["Barbadian"], "BY": ["Belarusian"], "BE": ["Belgian"], "BZ": ["Belizean"],
    "BJ": ["Beninese"], "BT": ["Bhutanese"], "BO": ["Bolivian"], "BA": ["Bosnian"], "BW": ["Botswanan"],
    "BR": ["Brazilian"], "BN": ["Bruneian"], "BG": ["Bulgarian"], "BF": ["Burkinabe", "Burkinabè"],
    "BI": ["Burundian"], "KH": ["Cambodian"], "CM": ["Cameroonian"], "CA": ["Canadian"], "CV": ["Cape Verdean"],
    "TD": ["Chadian"], "CL": ["Chilean"], "CN": ["Chinese"], "CO": ["Colombian"], "KM": ["Comorian"],
    "CR": ["Costa Rican"], "CI": ["Ivorian"], "HR": ["Croatian"], "CU": ["Cuban"], "CY": ["Cypriot"],
    "CZ": ["Czech"], "DK": ["Danish"], "DJ": ["Djiboutian"], "DO": ["Dominican"], "EC": ["Ecuadorian"],
    "EG": ["Egyptian"], "SV": ["Salvadoran", "Salvadorian"], "GQ": ["Equatorial Guinean"], "ER": ["Eritrean"],
    "EE": ["Estonian"], "SZ": ["Swazi"], "ET": ["Ethiopian"], "FJ": ["Fijian"], "FI": ["Finnish"],
    "FR": ["French"], "GA": ["Gabonese"], "GM": ["Gambian"], "DE": ["German"], "GH": ["Ghanaian"],
    "GR": ["Greek"], "GD": ["Grenadian"], "GT": ["Guatemalan"], "GN": ["Guinean"], "GW": ["Bissau-Guinean"],
    "GY": ["Guyanese"], "HT": ["Haitian"], "HN": ["Honduran"], "HU": ["Hungarian"], "IS": ["Icelandic"],
    "IN": ["Indian"], "ID": ["Indonesian"], "IR": ["Iranian"], "IQ": ["Iraqi"], "IE": ["Irish"],
    "IL": ["Israeli"], "IT": ["Italian"], "JM": ["Jamaican"], "JP": ["Japanese"], "JO": ["Jordanian"],
    "KZ": ["Kazakh", "Kazakhstani"], "KE": ["Kenyan"], "KI": ["I-Kiribati"], "KW": ["Kuwaiti"],
    "KG": ["Kyrgyz", "Kyrgyzstani"], "LA": ["Laotian"], "LV": ["Latvian"], "LB": ["Lebanese"],
    "LS": ["Basotho"], "LR": ["Liberian"], "LY": ["Libyan"], "LI": ["Liechtensteiner"], "LT": ["Lithuanian"],
    "LU": ["Luxembourgish", "Luxembourger"], "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"],
    "MV": ["Maldivian"], "ML": ["Malian"], "MT": ["Maltese"], "MH": ["Marshallese"], "MR": ["Mauritanian"],
    "MU": ["Mauritian"], "MX": ["Mexican"], "FM": [], "MD": ["Moldovan"], "MC": ["Monegasque", "Monégasque"],
    "MN": ["Mongolian"], "ME": ["Montenegrin"], "MA": ["Moroccan"], "MZ": ["Mozambican"], "MM": ["Burmese"],
    "NA": ["Namibian"], "NR": ["Nauruan"], "NP": ["Nepali", "Nepalese"], "NL": ["Dutch"],
    "NZ": ["New Zealander"], "NI": ["Nicaraguan"], "NE": ["Nigerien"], "NG": ["Nigerian"], "KP": ["North Korean"],
    "MK": ["North Macedonian"], "NO": ["Norwegian"], "OM": ["Omani"], "PK": ["Pakistani"], "PW": ["Palauan"],
    "PS": ["Palestinian"], "PA": ["Panamanian"], "PG": ["Papua New Guinean"], "PY": ["Paraguayan"],
    "PE": ["Peruvian"], "PH": ["Filipino", "Philippine"], "PL": [], "PT": ["Portuguese"], "QA": ["Qatari"],
    "RO": ["Romanian"], "RU": ["Russian"], "RW": ["Rwandan"], "KN": ["Kittitian"], "LC": ["Saint Lucian"],
    "VC": ["Vincentian"], "WS": ["Samoan"], "SM": ["Sammarinese"], "ST": ["Santomean"],
    "SA": ["Saudi Arabian"], "SN": ["Senegalese"], "RS": ["Serbian"], "SC": ["Seychellois"],
    "SL": ["Sierra Leonean"], "SG": ["Singaporean"], "SK": ["Slovak"], "SI": ["Slovenian", "Slovene"],
    "SB": [], "SO": ["Somali"], "ZA": ["South African"], "KR": ["Korean", "South Korean"],
    "SS": ["South Sudanese"], "ES": ["Spanish"], "LK": ["Sri Lankan"], "SD": ["Sudanese"],
    "SR": ["Surinamese"], "SE": ["Swedish"], "CH": ["Swiss"], "SY": ["Syrian"], "TJ": ["Tajik", "Tajikistani"],
    "TZ": ["Tanzanian"], "TH": ["Thai"], "TL": ["Timorese", "East Timorese"], "TG": ["Togolese"],
    "TO": ["Tongan"], "TT": ["Trinidadian", "Tobagonian"], "TN": ["Tunisian"], "TR": ["Turkish"],
    "TM": ["Turkmen"], "TV": ["Tuvaluan"], "UG": ["Ugandan"], "UA": ["Ukrainian"], "AE": ["Emirati"],
    "GB": ["British"], "US": ["American"], "UY": ["Uruguayan"], "UZ": ["Uzbek", "Uzbekistani"],
    "VU": ["Ni-Vanuatu"], "VA": [], "VE": ["Venezuelan"], "VN": ["Vietnamese"], "YE": ["Yemeni"],
    "ZM": ["Zambian"], "ZW": ["Zimbabwean"], "XK": ["Kosovar"], "CF": [], "CD": [], "CG": [],
    "DM": [], "GE": [], "TW": ["Taiwanese"], "HK": [], "MO": ["Macanese"],
    "PR": ["Puerto Rican"], "GL": ["Greenlandic"], "GU": ["Guamanian"], "NC": ["New Caledonian"],
    "PF": ["French Polynesian"], "BM": ["Bermudian"], "KY": ["Caymanian"], "GI": ["Gibraltarian"],
    "FO": ["Faroese"], "AW": ["Aruban"], "CW": ["Curaçaoan"], "RE": [], "GP": [], "MQ": [], "GF": [],
    "AS": ["American Samoan"], "MP": [], "EH": ["Sahrawi"], "FK": [], "VG": [], "VI": [],
}

# A few regions the countries' short Chinese names sit inside (so that the longer name wins).
REGIONS = [
    ("Korean Peninsula", ["朝鲜半岛", "韩半岛", "Korean Peninsula"]),
    ("Gulf of Guinea", ["几内亚湾", "Gulf of Guinea"]),
    ("Canary Islands", ["加纳利群岛", "加那利群岛", "Canary Islands"]),
    ("Northern Ireland", ["北爱尔兰", "Northern Ireland"]),
]
EXTRA_EXISTING_ADJ = {"Inner Mongolia": ["Inner Mongolian"]}  # (else "Mongolian" is matched inside it)


def _key(w: str) -> str:
    return to_simplified(w).lower().replace("’", "'")


def english(code: str) -> list[str]:
    out = []
    name = Locale("en").territories[code].replace("’", "'")
    for n in (name, name.replace(" & ", " and "), re.sub(r"^St\. ", "Saint ", name.replace(" & ", " and "))):
        if n.lower() not in SKIP_EN and "&" not in n:
            out.append(n)
    if "'" in name:
        out.append(name.replace("'", "’"))
    return out + EXTRA_EN.get(code, [])


def chinese(code: str) -> list[str]:
    out = []
    for loc in ("zh_Hans", "zh_Hant", "zh_Hant_HK"):
        n = to_simplified(unicodedata.normalize("NFKC", Locale.parse(loc).territories[code]))
        if n not in SKIP_ZH:
            out.append(n)
    return out + [to_simplified(n) for n in EXTRA_ZH.get(code, [])]


def _dedupe(words, seen: set[str]) -> list[str]:
    out = []
    for w in words:
        k = _key(w)
        if k not in seen:
            seen.add(k)
            out.append(w)
    return out


def _fmt(words) -> str:
    return "[" + ", ".join(json.dumps(w, ensure_ascii=False) for w in words) + "]"


def main() -> None:
    text = TABLE.read_text(encoding="utf-8")
    if BEGIN in text:  # the previous run's block goes: it is written again below
        a, b = text.index(BEGIN), text.index(END) + len(END) + 1
        text = text[:a] + text[b:].lstrip("\n")
    doc = tomllib.loads(text)
    owner: dict[str, str] = {}  # normalised name -> canonical name, over the whole table
    for canon, e in doc.items():
        for w in [canon, *e["aliases"], *e.get("adjectives", [])]:
            owner.setdefault(_key(w), canon)

    codes = sorted(c for c in Locale("en").territories if len(c) == 2 and c.isalpha() and c not in NOT_SOVEREIGN)
    missing = [c for c in codes if c not in DEMONYMS]
    if missing:
        raise SystemExit(f"no DEMONYMS row for {missing}")
    added = {"aliases": 0, "adjectives": 0}
    clashes = []

    def take(canon: str, words) -> list[str]:
        out = []
        for w in words:
            k = _key(w)
            if owner.get(k, canon) != canon:
                clashes.append(f"{w!r} ({canon}) is already [{owner[k]}]'s")
                continue
            if k not in owner:
                owner[k] = canon
                out.append(w)
        return out

    # existing entries: append what they lack, on their own lines
    for code, canon in EXISTING.items():
        new_al = take(canon, english(code) + chinese(code))
        new_adj = take(canon, DEMONYMS[code])
        text = _append(text, canon, "aliases", new_al)
        text = _append(text, canon, "adjectives", new_adj)
        added["aliases"] += len(new_al)
        added["adjectives"] += len(new_adj)
    for canon, adj in EXTRA_EXISTING_ADJ.items():
        new_adj = take(canon, adj)
        text = _append(text, canon, "adjectives", new_adj)
        added["adjectives"] += len(new_adj)

    # new entries, in one block
    lines = [BEGIN, BLOCK_NOTE, ""]
    n_new = 0
    for code in codes:
        if code in EXISTING:
            continue
        canon = CANON.get(code) or Locale("en").territories[code].replace("’", "'")
        if _key(canon) in owner:
            clashes.append(f"[{canon}] is already an entry or another entry's name")
            continue
        owner[_key(canon)] = canon
        al = take(canon, [n for n in english(code) + chinese(code) if _key(n) != _key(canon)])
        adj = take(canon, DEMONYMS[code])
        q = json.dumps(canon, ensure_ascii=False) if not re.fullmatch(r"[A-Za-z0-9_-]+", canon) else canon
        lines += [f"[{q}]", f'kind = "{"region" if code in TERRITORIES else "country"}"', f"aliases = {_fmt(al)}"]
        if adj:
            lines.append(f"adjectives = {_fmt(adj)}")
        if code in CAPITALISED:
            lines.append(f"capitalised = {_fmt(CAPITALISED[code])}")
        lines.append("")
        n_new += 1
        added["aliases"] += len(al)
        added["adjectives"] += len(adj)
    for canon, al in REGIONS:
        if _key(canon) in owner:
            continue
        owner[_key(canon)] = canon
        lines += [f'["{canon}"]', 'kind = "region"', f"aliases = {_fmt(take(canon, al))}", ""]
        n_new += 1
    lines.append(END)
    anchor = "# ---------------------------------------------------------------- organisations"
    text = text.replace(anchor, "\n".join(lines) + "\n\n" + anchor, 1)
    tomllib.loads(text)
    TABLE.write_text(text, encoding="utf-8")
    print(f"{n_new} new entries; {added['aliases']} aliases and {added['adjectives']} adjectives added")
    for c in clashes:
        print("not added:", c)


def _append(text: str, canon: str, field: str, words: list[str]) -> str:
    """Append words to the `field` list of [canon] (a line `field = [...]`), or add that line after aliases."""
    if not words:
        return text
    head = f"[{canon}]" if re.fullmatch(r"[A-Za-z0-9_-]+", canon) else f'["{canon}"]'
    start = text.index("\n" + head + "\n") + 1
    nxt = text.find("\n[", start + len(head))
    end = len(text) if nxt < 0 else nxt
    body = text[start:end]
    m = re.search(rf"^{field} = \[(.*)\]$", body, re.M)
    if m:
        body = body[:m.end(1)] + ", " + ", ".join(json.dumps(w, ensure_ascii=False) for w in words) + body[m.end(1):]
    else:
        m = re.search(r"^aliases = \[.*\]$", body, re.M)
        body = body[:m.end()] + f"\n{field} = {_fmt(words)}" + body[m.end():]
    return text[:start] + body + text[end:]


if __name__ == "__main__":
    main()
