"""scripts/gum_to_gold.py: GUM's CoNLL-U to a briefing and gold, on a document written here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from gum_to_gold import convert  # noqa: E402

# Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
DOCUMENT = """\
# newdoc id = GUM_news_test
# meta::sourceURL = https://example.org/story
# meta::title = Mayor opens bridge
# newpar
# sent_id = GUM_news_test-1
# text = Mayor opens bridge
1\tMayor\tmayor\tNOUN\tNN\t_\t2\tnsubj\t_\t_
2\topens\topen\tVERB\tVBZ\t_\t0\troot\t_\t_
3\tbridge\tbridge\tNOUN\tNN\t_\t2\tobj\t_\t_

# newpar
# sent_id = GUM_news_test-2
# text = Local mayor Ana Ruiz's team opened the six - lane Tagus Bridge in Lisbon.
1\tLocal\tlocal\tADJ\tJJ\t_\t2\tamod\t_\tEntity=(1-person-new-x-cf1-2-sgl-Ana_Ruiz
2\tmayor\tmayor\tNOUN\tNN\t_\t7\tnmod:poss\t_\t_
3\tAna\tAna\tPROPN\tNNP\t_\t2\tflat\t_\t_
4-5\tRuiz's\t_\t_\t_\t_\t_\t_\t_\t_
4\tRuiz\tRuiz\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)
5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_
6\tteam\tteam\tNOUN\tNN\t_\t8\tnsubj\t_\t_
7\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_
8\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\tEntity=(2-place-new-x-cf2-1-coref-Tagus_Bridge
9\tsix\tsix\tNUM\tCD\t_\t11\tcompound\t_\t_
10\t-\t-\tPUNCT\tHYPH\t_\t11\tpunct\t_\t_
11\tlane\tlane\tNOUN\tNN\t_\t13\tcompound\t_\t_
12\tTagus\tTagus\tPROPN\tNNP\t_\t13\tcompound\t_\t_
13\tBridge\tBridge\tPROPN\tNNP\t_\t7\tobj\t_\tEntity=2)
14\tin\tin\tADP\tIN\t_\t15\tcase\t_\t_
15\tLisbon\tLisbon\tPROPN\tNNP\t_\t13\tnmod\t_\tEntity=(3-place-new-x-cf3-1-sgl-Lisbon)|SpaceAfter=No
16\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_
"""


def test_text_title_and_words_as_written():
    text, gold, source = convert(DOCUMENT)
    assert text.startswith("Mayor opens bridge\n\n")
    assert "Local mayor Ana Ruiz's team opened the six-lane Tagus Bridge in Lisbon." in text
    assert source == "https://example.org/story"


def test_named_mentions_become_gold_with_their_own_names():
    text, gold, _ = convert(DOCUMENT)
    by_name = {e["name"]: e for e in gold["entities"]}
    assert by_name["Ana Ruiz"]["type"] == "person"
    assert by_name["Tagus Bridge"]["type"] == "place"
    assert by_name["Lisbon"]["type"] == "place"
    assert "Mayor" not in by_name and "mayor" not in by_name
    for entity in gold["entities"]:
        for form in [entity["name"], *entity.get("aliases", [])]:
            assert form in text
    assert gold["scored_types"] == ["person", "organization", "place"]
