"""The quotation-mark scanner: curly, straight, single and doubled marks, apostrophes, runs over paragraphs."""

from storycheck.quotes.marks import find_quoted, unpaired


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_curly_straight_and_doubled_apostrophe_marks():
    assert quoted("He said “we will win” today.") == ["“we will win”"]
    assert quoted('He said "we will win" today.') == ['"we will win"']
    assert quoted("He said ''we will win'' today.") == ["''we will win''"]
    assert quoted("He said,“we will win.”") == ["“we will win.”"]  # no space after the comma


def test_single_marks_are_quotes_only_in_closed_pairs_and_apostrophes_are_not_marks():
    assert quoted("The minister said ‘we will not give up’ on Friday.") == ["‘we will not give up’"]
    assert quoted("The players' union said O'Malley's plan, don't worry, isn't Russia's.") == []
    assert quoted("It’s the country’s best hope, he said.") == []


def test_apostrophes_inside_a_quotation_do_not_close_it():
    assert quoted("He said: “It’s not only unfortunate, it’s worrying.”") == ["“It’s not only unfortunate, it’s worrying.”"]


def test_an_odd_number_of_marks_is_cut_at_the_paragraph_end():
    text = "He said “this never closes.\n\nA second paragraph, not quoted.\n\nShe said “a proper quote” later."
    pieces = find_quoted(text)
    assert [text[q.start:q.end] for q in pieces] == ["“this never closes.", "“a proper quote”"]
    assert pieces[0].closed is False and pieces[1].closed is True


def test_a_quotation_reopened_in_each_paragraph_is_one_run():
    text = ("Mr Stoltenberg said: “First paragraph.\n\n“Second paragraph.\n\n“Last one.”\n\n"
            "Then the reporter wrote on.")
    pieces = find_quoted(text)
    assert len(pieces) == 3
    assert len({q.run for q in pieces}) == 1
    assert [q.continues for q in pieces] == [False, True, True]
    assert pieces[-1].closed


def test_captions_inside_a_running_quotation_are_skipped_not_swallowed():
    text = ("Peskov said: “They don’t understand.\n\nA soldier walks along a trench\n\n(AFP via Getty)\n\n"
            "“It’s worrying.”")
    pieces = find_quoted(text)
    assert [text[q.start:q.end] for q in pieces] == ["“They don’t understand.", "“It’s worrying.”"]
    assert pieces[0].run == pieces[1].run


def test_a_new_paragraph_that_does_not_reopen_ends_the_quotation():
    text = "He said “unclosed\n\nThe next paragraph says “something else” entirely."
    pieces = find_quoted(text)
    assert pieces[0].run != pieces[1].run


def test_unpaired_tells_which_side_a_cut_quotation_mark_needs():
    text = 'NATO reported \u201csignificant shelling\u201d near Kyiv and "heavy losses" there.'
    cut = text.index("significant")
    assert unpaired(text, cut, text.index(" near")) == (True, False)  # the opener stands before the cut
    assert unpaired(text, text.index("\u201c"), text.index("shelling")) == (False, True)
    assert unpaired(text, 0, len(text)) == (False, False)
    assert unpaired(text, text.index("heavy"), len(text)) == (True, False)  # a straight mark, by its neighbours
    assert unpaired("He said ``no'' twice.", 8, 12) == (False, True)  # a doubled backtick opens



def test_a_doubled_apostrophe_closing_after_an_inner_single_mark_takes_all_three():
    text = "''The crowd kept shouting, 'Build the bridge,''' the mayor said."
    assert quoted(text) == ["''The crowd kept shouting, 'Build the bridge,'''"]


def test_a_third_single_mark_closes_the_quotation_only_after_an_inner_single_opening():
    text = "He said ''yes''' and left."
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["''yes''"]
    text = "He said, ''He told me, 'Kosovo is a special case,''' and left."
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["''He told me, 'Kosovo is a special case,'''"]


def test_an_inner_curly_single_mark_before_a_closing_triple_apostrophe():
    text = "''They told us, \u2018go home,\u2019''' she said."
    assert [text[q.start:q.end] for q in find_quoted(text)] == [text[:text.index(" she")]]
