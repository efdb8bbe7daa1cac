"""Fault classes the blind read r143 (unseen set 77, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_an_isotopes_mass_number_is_no_note_marker() -> None:
    # r143 ("clean"): "The heavy isotope ¹⁵N was first discovered by S. M. Naudé in 1929" asked "When was the heavy
    # isotope N first discovered by S. M. Naudé?"
    prompts = [i.prompt for i in encyclopedia_items("nitrogen.txt")]
    assert "Nitrogen — When was the heavy isotope ¹⁵N first discovered by S. M. Naudé?" in prompts
    assert not [p for p in prompts if "isotope N " in p]


def test_a_name_that_belongs_to_a_cut_clause_goes_with_it() -> None:
    # r143 ("clean", "correct"): "Development of radar greatly expanded on 1 September 1936 when Watson-Watt became
    # Superintendent of a new establishment under the British Air Ministry, Bawdsey Research Station located in
    # Bawdsey Manor, ..." asked "When did development of radar greatly expand Bawdsey Research Station ...?"
    made = [i for i in encyclopedia_items("radar.txt") if "1 September 1936" in i.answer + i.prompt]
    assert made
    assert not [i for i in made if "expand Bawdsey" in i.prompt or ", Bawdsey" in i.answer]
    assert "Radar — When did development of radar greatly expand?" in [i.prompt for i in made]


def test_a_report_of_the_press_tells_of_sources() -> None:
    # r143 ("worth learning"): "In September 2007, the BBC News reported that there was speculation ..."; "In April
    # 1940, Popular Science showed an example of a radar unit using the Watson-Watt patent in an article on air
    # defence."
    assert not [i for i in encyclopedia_items("laser.txt") if "BBC News reported" in i.prompt]
    assert not [i for i in encyclopedia_items("radar.txt") if "Popular Science show" in i.prompt]


def test_an_unnamed_instance_is_an_example() -> None:
    # r143 ("answerable", "worth learning"): "An example occurred shortly before the launch of the first Space
    # Shuttle mission in 1981 ..."; "Fatalities have been recorded, including a youth who suffocated in Vancouver in
    # 2003 and two adults who suffocated in South Florida in 2006."
    assert not [i for i in encyclopedia_items("nitrogen.txt") if "an example occur" in i.prompt]
    assert not [i for i in encyclopedia_items("helium.txt") if "When did a youth suffocate" in i.prompt]


def test_an_acronym_a_sections_title_spells_is_spelled_out() -> None:
    # r143 ("answerable"): "When did SMC slash its workforce by several thousand, amid a global recession?", under
    # the section "Sony Mobile Communications", which never writes "(SMC)"
    prompts = [i.prompt for i in encyclopedia_items("sony.txt") if "slash" in i.prompt]
    assert prompts
    assert all("Sony Mobile Communications (SMC)" in p for p in prompts)


def test_no_choice_of_dates_under_a_section_named_for_a_war() -> None:
    # r143 ("unambiguous"): "Radar · During World War II — Alfred Lee Loomis organized the secret MIT Radiation
    # Laboratory ... in the years [...]": of the choices only 1941–45 falls in the war
    made = [i for i in encyclopedia_items("radar.txt") if "Alfred Lee Loomis" in i.prompt]
    assert made
    assert not [i for i in made if i.kind == "date-choice"]
