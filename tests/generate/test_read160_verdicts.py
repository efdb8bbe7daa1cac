"""Fault classes the blind read r160 (unseen set 85, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_count_of_what_a_body_holds_is_no_event() -> None:
    # r160 ("worth learning"): "When did the army consist of 911,400 infantry, musketeers, and artillery men?",
    # "When did MIT enroll 4,602 undergraduates and 6,972 graduate students?"
    assert not [i for i in encyclopedia_items("shah_jahan.txt") if "911,400" in i.prompt]
    assert not [i for i in encyclopedia_items("massachusetts_institute_of_technology.txt") if "4,602" in i.prompt]


def test_how_late_a_state_lasted_is_not_asked_as_its_time() -> None:
    # r160 ("answerable", "unambiguous"): "When did the system linger on in parts of Central and Eastern Europe?"
    # of "... lingered on in parts of Central and Eastern Europe as late as the 1850s"; the cloze keeps the bound
    made = [i for i in encyclopedia_items("feudalism.txt") if i.answer == "the 1850s"]
    assert [i.kind for i in made] == ["date-cloze"]
    assert "as late as [...]" in made[0].prompt


def test_a_verb_with_its_own_helper_after_two_joined_verbs_gets_no_did_question() -> None:
    # r160 ("clean"): "When did the Hindu Jat peasants ... rebel and create Bharatpur state but were defeated?"
    made = encyclopedia_items("aurangzeb.txt")
    assert not [i for i in made if "but were defeated?" in i.prompt]
    assert [i for i in made if "created Bharatpur state but were defeated" in i.prompt]


def test_setting_out_without_where_to_leans_on_the_sentence_before() -> None:
    # r160 ("answerable"): "When did the Mughals set out?"
    assert not [i for i in encyclopedia_items("aurangzeb.txt") if "When did the Mughals set out?" in i.prompt]


def test_this_is_what_was_meant_points_back() -> None:
    # r160 ("answerable"): 'When the French Constituent Assembly abolished the "feudal regime" in [...] this is what
    # was meant.'
    assert not [i for i in encyclopedia_items("feudalism.txt") if "this is what was meant" in i.prompt]


def test_a_name_set_apart_after_a_described_subject_stays_in_the_question() -> None:
    # r160 ("answerable"): "When was the first effort completed?" of "Legal developments included the codification
    # of Roman law; the first effort—the _Codex Theodosianus_—was completed in 438."; not the en dash inside a name
    made = [i.prompt for i in encyclopedia_items("middle_ages.txt") if i.kind == "date-when"]
    assert "Middle Ages — When was the first effort—the Codex Theodosianus—completed?" in made
    macau = [i.prompt for i in encyclopedia_items("macau.txt") if "Zhuhai" in i.prompt and i.kind == "date-when"]
    assert macau == ["Macau — When did the Hong Kong–Zhuhai–Macau Bridge open?"]
