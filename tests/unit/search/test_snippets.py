"""Snippets: the match with some words around it, cut at word boundaries."""

from desktop.search.snippets import ELLIPSIS, make_snippet

TEXT = "Reuters агенттігі бұл сапарды Қазақстанның көпвекторлы саясатының айқын көрінісі деп сипаттайды."


def test_the_match_with_context_cut_at_spaces():
    start = TEXT.index("Қазақстанның")
    snippet = make_snippet(TEXT, start, start + len("Қазақстанның"), context=20)
    assert snippet.match == "Қазақстанның"
    assert snippet.before == f"{ELLIPSIS}бұл сапарды "
    assert snippet.after == f" көпвекторлы{ELLIPSIS}"
    assert snippet.plain() == f"{ELLIPSIS}бұл сапарды [Қазақстанның] көпвекторлы{ELLIPSIS}"


def test_no_ellipsis_at_the_ends_of_the_text():
    snippet = make_snippet("сапар басталды", 0, 5)
    assert (snippet.before, snippet.match, snippet.after) == ("", "сапар", " басталды")


def test_a_text_without_spaces_is_cut_where_the_context_ends():
    text = "а" * 100 + "сапар" + "б" * 100
    snippet = make_snippet(text, 100, 105, context=10)
    assert snippet.before == ELLIPSIS + "а" * 10 and snippet.after == "б" * 10 + ELLIPSIS
