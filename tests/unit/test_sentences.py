"""Sentence spans: split on 。！？；… and keep closing quotes with their sentence."""

from __future__ import annotations

from accessreader.core.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


def test_splits_on_chinese_terminators() -> None:
    assert _sentences("第一句。第二句！第三句？第四句；第五句") == [
        "第一句。",
        "第二句！",
        "第三句？",
        "第四句；",
        "第五句",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert _sentences("他说：“好。”然后走了。「對吧？」是的……好") == [
        "他说：“好。”",
        "然后走了。",
        "「對吧？」",
        "是的……",
        "好",
    ]


def test_spaces_between_sentences_belong_to_none() -> None:
    text = "  一句。  二句。  "
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(2, 5), (7, 10)]


def test_numbers_with_dots_do_not_split() -> None:
    assert _sentences("增长5.5%，达到1.2万场。") == ["增长5.5%，达到1.2万场。"]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences("   ") == ()
