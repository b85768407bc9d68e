"""Context, stage by stage, on small real sentences in both scripts and English."""
from __future__ import annotations

from factcheck.context import annotate
from factcheck.extract import extract_document
from factcheck.model import Document


def ctx(text: str, path: str = "a.txt"):
    doc = Document(path, text, "utf-8", "", len(text))
    return {c.text: c for c in annotate(doc, extract_document(doc))}


def test_subject_from_a_list_of_clauses():
    got = ctx("在全球AI算力版圖上,美國占74.5%,中國占14%。\n")
    assert got["74.5%"].subject == "US" and got["14%"].subject == "China"
    assert got["74.5%"].metric == got["14%"].metric == "global AI compute share"


def test_subjects_with_respectively_in_chinese_and_english():
    zh = ctx("美国和中国的芯片份额分别为5.1%和3.9%。\n")
    assert (zh["5.1%"].subject, zh["3.9%"].subject) == ("US", "China")
    en = ctx("China and the US had 5.3% and 3.9% of global chip output respectively.\n")
    assert (en["5.3%"].subject, en["3.9%"].subject) == ("China", "US")


def test_metric_follows_the_figure_in_a_list():
    got = ctx("中國擁有全球49%的儲量、69%的開采量、92%的精煉產能,在稀土領域領先。\n")
    assert "reserves" in got["49%"].metric
    assert "mining" in got["69%"].metric and "rare-earth" in got["69%"].metric
    assert "refining" in got["92%"].metric and "capacity" in got["92%"].metric


def test_period_from_the_sentence_and_from_a_heading():
    got = ctx("2024 年，中国拥有全球 60% 的稀土开采量。\n")
    assert got["60%"].period == "2024"
    got = ctx("## 2023年\n中国电池产量占全球的80%。\n")
    assert got["80%"].period == "2023"
    got = ctx("截至 2025 年 5 月，美国智能算力占全球的 75%左右。\n")
    assert got["75%左右"].period == "2025-05 (as of)"


def test_a_title_that_mentions_a_year_is_not_a_period():
    got = ctx("高盛報告:2026,這四大領域的競賽繼續\n在全球AI算力版圖上,美國占74.5%。\n")
    assert got["74.5%"].period is None


def test_forecast_is_marked():
    got = ctx("预计到2030年，中国芯片自给率将达到70%。\n")
    assert "forecast" in got["将达到70%"].context.basis if "将达到70%" in got else "forecast" in got["70%"].context.basis


def test_comparator_subject_for_multiples():
    got = ctx("中國的電網裝機總量是美國的近3倍。\n")
    assert got["近3倍"].subject == "China/US"
