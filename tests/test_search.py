"""The find/replace engine: literal and regex, whole word, case; spans and replacements exact."""

from __future__ import annotations

import pytest

from app.core.search import SearchError, SearchOptions, apply, find_all, next_match, replace_all

TEXT = "Le chat mange. Les chats dorment.\nUn CHAT noir, l'achat du chat.\n"


def spans(text: str, options: SearchOptions) -> list[str]:
    return [text[m.start : m.end] for m in find_all(text, options)]


def test_plain_ignores_case_by_default_and_finds_inside_words() -> None:
    found = find_all(TEXT, SearchOptions("chat"))
    assert [TEXT[m.start : m.end] for m in found] == ["chat", "chat", "CHAT", "chat", "chat"]
    assert [m.line for m in found] == [1, 1, 2, 2, 2]


def test_case_sensitive_and_whole_word() -> None:
    assert spans(TEXT, SearchOptions("chat", case_sensitive=True)) == ["chat", "chat", "chat", "chat"]
    words = find_all(TEXT, SearchOptions("chat", whole_word=True))
    assert [TEXT[m.start : m.end] for m in words] == ["chat", "CHAT", "chat"]
    assert [m.start for m in words] == [TEXT.index("chat"), TEXT.index("CHAT"), TEXT.rindex("chat")]


def test_plain_pattern_is_literal() -> None:
    text = "a.b a+b (x) a.b"
    assert spans(text, SearchOptions("a.b")) == ["a.b", "a.b"]
    assert spans(text, SearchOptions("(x)", whole_word=True)) == ["(x)"]


def test_regex_groups_in_replacement() -> None:
    text = "date: 2021-04-30\nautre: 1999-12-01\n"
    out, n = replace_all(text, SearchOptions(r"(\d{4})-(\d\d)-(\d\d)", regex=True), r"\3/\2/\1")
    assert n == 2
    assert out == "date: 30/04/2021\nautre: 01/12/1999\n"


def test_regex_anchors_are_per_line() -> None:
    out, n = replace_all("un\ndeux\n", SearchOptions("^", regex=True), "> ")
    assert (out, n) == ("> un\n> deux\n> ", 3)


def test_plain_replacement_keeps_backslashes() -> None:
    out, _ = replace_all("a-b", SearchOptions("-"), r"\1")
    assert out == r"a\1b"


def test_context_and_partial_apply() -> None:
    found = find_all(TEXT, SearchOptions("chat", whole_word=True), "chien")
    assert found[0].before == "Le " and found[0].after.startswith(" mange.")
    # Apply only the second and third occurrences.
    out = apply(TEXT, found[1:])
    assert out == "Le chat mange. Les chats dorment.\nUn chien noir, l'achat du chien.\n"


def test_non_bmp_characters_do_not_shift_spans() -> None:
    text = "🙂 café 👌🏻 café"
    found = find_all(text, SearchOptions("café"))
    assert [text[m.start : m.end] for m in found] == ["café", "café"]


def test_errors_are_french_and_explicit() -> None:
    with pytest.raises(SearchError, match="invalide"):
        find_all("x", SearchOptions("(", regex=True))
    with pytest.raises(SearchError, match="Rien"):
        find_all("x", SearchOptions(""))
    with pytest.raises(SearchError, match="Remplacement invalide"):
        find_all("abc", SearchOptions("b", regex=True), r"\2")


def test_next_match_wraps() -> None:
    found = find_all("a b a b a", SearchOptions("a"))
    assert next_match(found, 1).start == 4  # type: ignore[union-attr]
    assert next_match(found, 9).start == 0  # type: ignore[union-attr]
    assert next_match(found, 4, backward=True).start == 0  # type: ignore[union-attr]
    assert next_match(found, 0, backward=True).start == 8  # type: ignore[union-attr]
    assert next_match([], 0) is None
