"""The HTML tree: HTML's rules for omitted end tags, void elements, budgets, and no recursion."""

import sys

import pytest

from desktop.content.formats.html_tree import Element, TreeLimitError, parse


def shape(element: Element) -> str:
    """The tree as compact text, written out by hand in the tests: tag(children) and 'text'."""
    out: list[str] = []
    for node, entering in element.walk():
        if isinstance(node, str):
            if node.strip():
                out.append(repr(node.strip()))
        elif node is element:
            continue
        elif entering:
            out.append(node.tag + "(")
        else:
            out.append(")")
    return " ".join(out).replace("( )", "()")


def test_a_paragraph_without_its_end_tag_is_closed_by_the_next_block():
    document = parse("<div><p>бір<p>екі<ul><li>а</ul><h2>тақырып</h2>соңы</div>")
    assert shape(document) == "div( p( 'бір' ) p( 'екі' ) ul( li( 'а' ) ) h2( 'тақырып' ) 'соңы' )"


def test_list_items_terms_cells_rows_and_options_close_their_predecessors():
    document = parse(
        "<ul><li>a<li>b<ul><li>c</ul></ul>"
        "<dl><dt>t<dd>d<dt>u</dl>"
        "<table><tr><td>1<td>2<tr><th>3</table>"
        "<select><option>x<option>y</select>"
    )
    assert shape(document) == (
        "ul( li( 'a' ) li( 'b' ul( li( 'c' ) ) ) ) "
        "dl( dt( 't' ) dd( 'd' ) dt( 'u' ) ) "
        "table( tr( td( '1' ) td( '2' ) ) tr( th( '3' ) ) ) "
        "select( option( 'x' ) option( 'y' ) )"
    )


def test_an_inline_end_tag_never_closes_a_block_opened_after_it():
    document = parse("<div><b><p>жуан</b> әлі абзац</p>кейін</div>")
    assert shape(document) == "div( b( p( 'жуан әлі абзац' ) 'кейін' ) )"


def test_an_end_tag_inside_a_table_cell_does_not_close_what_is_outside_the_table():
    document = parse("<div id=outer><table><tr><td>ұяшық</div>ішінде</td></tr></table>сыртта</div>")
    outer = document.find("div")
    assert outer is not None
    assert outer.text().split("\n") == ["ұяшықішінде", "сыртта"]
    assert shape(document) == "div( table( tr( td( 'ұяшықішінде' ) ) ) 'сыртта' )"


def test_stray_end_tags_are_ignored_and_void_elements_hold_nothing():
    document = parse("</span><p>a<br>b<img src=x>c</img></p></li>")
    assert shape(document) == "p( 'a' br() 'b' img() 'c' )"


def test_a_paragraph_end_tag_with_no_paragraph_open_still_ends_one():
    document = parse("<div>бірінші абзац</p>екінші абзац</p></div>")
    assert document.text() == "бірінші абзац\nекінші абзац"


def test_a_page_without_head_or_body_end_tags_still_has_its_body_after_its_head():
    document = parse("<html><head><title>Т</title><meta charset=utf-8><div>мәтін</div>")
    html = document.find("html")
    assert html is not None
    assert [child.tag for child in html.children if isinstance(child, Element)] == ["head", "div"]


def test_text_breaks_lines_at_br_and_blocks_and_joins_inline_text_with_spaces():
    document = parse(
        "<div>Бірінші<br>жол<b>жуан</b>  сөз\n<p>абзац</p><span>соңғы</span><script>x()</script>"
        "<pre>a  b\nc</pre></div>"
    )
    assert document.text() == "Бірінші\nжолжуан сөз\nабзац\nсоңғы\na b\nc"


def test_each_element_knows_its_parent_and_the_document_is_walked_in_order():
    document = parse("<article><h1>Т</h1><p>a <a href='/x'>b</a></p></article>")
    link = document.find("a")
    assert link is not None
    assert [element.tag for element in link.ancestors()] == ["p", "article", "#document"]
    assert [element.tag for element in document.iter()] == ["#document", "article", "h1", "p", "a"]
    assert link.get("href") == "/x"
    assert link.get("title", "жоқ") == "жоқ"


def test_the_first_of_two_same_named_attributes_counts():
    element = parse("<p class='a' class='b' hidden>x</p>").find("p")
    assert element is not None
    assert element.attrs == {"class": "a", "hidden": ""}


@pytest.mark.parametrize("depth", [1_000, 20_000, 200_000])
def test_nesting_far_deeper_than_the_recursion_limit_is_read_as_text(depth):
    markup = "<div><span>" * depth + "терең мәтін" + "</span></div>" * depth + "<p>соңы</p>"
    document = parse(markup)
    assert document.text() == "терең мәтін\nсоңы"
    depth_kept = max(sum(1 for _ in element.ancestors()) for element in document.iter())
    assert depth_kept <= 513
    assert depth > sys.getrecursionlimit() or depth >= 1_000


def test_paragraphs_that_never_close_stay_siblings_not_a_deep_nest():
    document = parse("<div>" + "<p>абзац" * 50_000 + "</div>")
    div = document.find("div")
    assert div is not None
    assert len(div.children) == 50_000
    assert all(isinstance(child, Element) and child.tag == "p" for child in div.children)


def test_end_tags_of_elements_beyond_the_depth_limit_do_not_close_the_ones_kept():
    markup = "<section>" + "<div>" * 600 + "ішкі" + "</div>" * 600 + "сыртқы</section><p>кейін</p>"
    document = parse(markup, max_depth=100)
    section = document.find("section")
    assert section is not None
    assert section.text() == "ішкі\nсыртқы"
    assert shape(document).endswith("p( 'кейін' )")


def test_markup_beyond_the_budgets_is_refused_with_a_reason():
    with pytest.raises(TreeLimitError, match="characters"):
        parse("<p>x</p>" * 10, max_chars=50)
    with pytest.raises(TreeLimitError, match="elements"):
        parse("<br>" * 101, max_elements=100)


def test_control_characters_in_the_text_are_dropped_and_line_breaks_kept():
    document = parse("<p>a\x00b\x07c\td</p><pre>e\nf</pre>")
    assert document.text() == "abc d\ne\nf"


def _nodes(document: Element) -> list[object]:
    return [
        node if isinstance(node, str) else (node.tag, sorted(node.attrs.items()), entering)
        for node, entering in document.walk()
    ]


@pytest.mark.parametrize("piece", [1, 5, 4096])
def test_markup_given_a_piece_at_a_time_makes_the_tree_of_it_given_whole(piece):
    from desktop.content.formats.html_charset import decode_html
    from desktop.content.formats.html_tree import TreeParser
    from tests.helpers.web_gold import pages

    for page in pages():
        markup = decode_html(page.html.read_bytes())[0]
        parser = TreeParser()
        for start in range(0, len(markup), piece):
            parser.feed(markup[start : start + piece])
        assert _nodes(parser.close()) == _nodes(parse(markup)), page.name


def test_markup_given_a_piece_at_a_time_is_held_to_the_same_length():
    from desktop.content.formats.html_tree import TreeParser

    parser = TreeParser(max_chars=12)
    parser.feed("<p>Сәлем</p>")
    with pytest.raises(TreeLimitError, match="more than 12 characters"):
        parser.feed("!")


def test_elements_are_gone_through_in_document_order_whatever_their_number_of_children():
    markup = "<div><p>a<b>b</b></p>" + "<span>x</span>text" * 5000 + "<ul><li>1<li>2</ul></div><p>end"
    document = parse(markup)
    in_order = [node for node, entering in document.walk() if isinstance(node, Element) and entering]
    assert list(document.iter()) == in_order and len(in_order) > 5000
    assert list(document.iter("li")) == [element for element in in_order if element.tag == "li"]
    assert [element.tag for element in in_order[2].iter()] == ["p", "b"]  # an element and what it holds, no more
