"""A chip process node is a name, not a length (corpus claims of 2e-9 metres: 台積電2奈米製程, 以 7 奈米（含）以下先進製程,
"the 4/5nm processes"). A length in nanometres with a process word within a few characters after it (制程, 製程, 工艺,
节点, 芯片, 晶圆, process, node, chip, wafer, fab) names the node; "3nm" glued to its next word already did. Other
nanometre lengths stay (a 5 nm film, 532纳米的激光). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence,texts", [
    ("三星的3奈米製程良率偏低", []),
    ("三星的3纳米制程良率偏低", []),
    ("采用 5 纳米（含）以下先进工艺的芯片", []),
    ("Orders for the 2 nm node rose.", []),
    ("The 5/7nm processes ran at full capacity.", []),
    ("The coating is 40 nm thick.", ["40 nm"]),
    ("波長為650奈米的紅光", ["650奈米"]),
])
def test_process_nodes(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
