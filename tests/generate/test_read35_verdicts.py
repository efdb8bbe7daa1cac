"""Fault classes the readers of blind reads r29-r35 found on encyclopedia articles no rule had been tuned on, and
that the rules of r29-r33 still let through, each tested with the article's sentence (Wikipedia text, CC BY-SA)."""

from __future__ import annotations

from article_items import answered, article_items


def test_the_title_word_the_copy_set_in_capitals_is_written_as_the_article_writes_it() -> None:
    # r35: "SOLIDARITY was founded at the Lenin Shipyard in Gdańsk" in a time line (the source's bold)
    lead = (
        "SOLIDARITY is a Polish labour union that was founded on 17 September 1980 at the Lenin Shipyard in Gdańsk "
        "under the leadership of Lech Wałęsa."
    )
    later = "Solidarity gave rise to a broad, non-violent, anti-communist social movement."
    made = article_items(lead, later, title="Solidarity (Polish trade union)")
    assert answered(made, "17 September 1980")
    assert not [i for i in made if "SOLIDARITY" in i.prompt + i.answer]


def test_an_acronym_in_capitals_stays_in_capitals() -> None:
    # the counter-example: a word of capitals the article never writes as a name is an acronym, not bold
    sentence = "In 1949, Portugal became a founding member of NATO and UNESCO recognised the city."
    made = article_items(sentence, "Nato ministers met there.", title="Lisbon")
    assert [i for i in made if "UNESCO" in i.prompt + i.answer]


def test_where_the_copy_lost_the_first_of_two_years_nothing_is_asked() -> None:
    # r35: "Between and [...], only four years had no recorded cases." (the copy lost "1603")
    lost = "Between and 1665, only four years had no recorded cases."
    assert not article_items(lost, title="Great Plague of London")
    whole = "Between 1603 and 1665, only four years had no recorded cases."
    assert article_items(whole, title="Great Plague of London")


def test_a_sentence_that_keeps_a_cross_reference_of_the_copy_is_not_asked() -> None:
    # r35: "When did the territorial structure to a large degree annul (see: Administrative division of ...)?"
    crossed = (
        "In 1998, the territorial structure of the People's Republic was annulled (see: Administrative division of "
        "People's Republic of Poland)."
    )
    assert not article_items(crossed, title="Solidarity (Polish trade union)")


def test_the_date_of_a_film_or_a_series_made_about_the_subject_is_not_asked() -> None:
    # r32 and r35: "When was a biographic Norwegian film titled Amundsen, directed by Espen Sandberg released?";
    # r31: "The NRK produced a miniseries on Ibsen's childhood and youth in [...]" (outside any popular-culture
    # section)
    film = "A biographic Norwegian film titled Amundsen, directed by Espen Sandberg, was released on 15 February 2019."
    assert not article_items(film, title="Roald Amundsen", section="Legacy")
    series = "The NRK produced a miniseries on Ibsen's childhood and youth in 2006, An Immortal Man."
    assert not article_items(series, title="Henrik Ibsen", section="Legacy")
    adaptation = (
        "Will Eno's adaptation of Ibsen's Peer Gynt, titled Gnit, had its world premiere at the 37th Humana Festival "
        "of New American Plays in March 2013."
    )
    assert not article_items(adaptation, title="Henrik Ibsen", section="Legacy")
    own_work = "In 1903, Amundsen shot a documentary film of the voyage of the Gjøa."
    assert answered(article_items(own_work, title="Roald Amundsen", section="Legacy"), "1903")


def test_the_year_a_population_was_counted_is_not_asked() -> None:
    # r35: "The population of England in [...] was approximately 5.25 million.", "With 262,219 inhabitants at the
    # beginning of [...], Ghent is Belgium's second largest municipality"
    england = "The population of England in 1650 was approximately 5.25 million."
    assert not article_items(england, title="Great Plague of London")
    ghent = (
        "With 262,219 inhabitants at the beginning of 2019, Ghent is Belgium's second largest municipality by "
        "number of inhabitants."
    )
    assert not article_items(ghent, title="Ghent")
    deaths = "In 1665, the plague killed about 100,000 people, almost a quarter of the population of London."
    assert answered(article_items(deaths, title="Great Plague of London"), "1665")


def test_the_year_of_a_guess_no_one_is_named_for_is_not_asked() -> None:
    # r33: "In [...], it was suggested that the Iceni were returning to East Anglia along the Icknield Way ..."
    guess = (
        "In 2009, it was suggested that the Iceni were returning to East Anglia along the Icknield Way when they "
        "encountered the Roman army in the vicinity of Arbury Banks, Hertfordshire."
    )
    assert not article_items(guess, title="Boudica")
    published = "In March 2010, evidence was published suggesting the site may be located at Church Stowe."
    assert not article_items(published, title="Boudica")
    theory = "In 1938, Meitner and Frisch argued that the uranium nucleus had split in two."
    assert answered(article_items(theory, title="Lise Meitner"), "1938")


def test_a_question_keeps_no_full_stop_of_the_sentence_it_was_cut_from() -> None:
    # r33: "When did Handl arrive and stay there for four years., according to Winchester?"
    handl = "According to Winchester, Handl arrived in 1917 and stayed for four years."
    whens = [i.prompt for i in article_items(handl, title="Krakatoa", keep_all=True) if "When " in i.prompt]
    assert whens
    assert not [p for p in whens if ".," in p or ".?" in p]


def test_a_she_is_not_given_to_a_man_the_article_calls_he() -> None:
    # r31: "In the article “Henrik Ibsen”, what happened on 23 December 1859? Ibsen gave birth to their only child"
    ibsen = (
        "Ibsen was born in Skien in 1828, and his father was a merchant.",
        "Ibsen moved to Bergen, where he worked at the theatre.",
        "Ibsen wrote his first play, Catilina, while he was still a pharmacist's apprentice.",
        "Ibsen later said that his years in Bergen taught him the craft of the stage.",
        "In 1856, Ibsen became engaged to Suzannah Thoresen, and he married her two years later.",
        "Ibsen returned to Christiania in 1858 to become the creative director of the Christiania Theatre.",
        "She gave birth to their only child Sigurd on 23 December 1859.",
    )
    made = article_items(*ibsen, title="Henrik Ibsen", keep_all=True)
    assert answered(made, "23 December 1859")
    assert not [i for i in made if "Ibsen gave birth" in i.prompt + i.answer]
    # the counter-example: a woman the article calls "she" is named for it
    meitner = (
        "Meitner was born in Vienna in 1878, and her father was a lawyer.",
        "Meitner moved to Berlin, where she worked with Otto Hahn.",
        "In 1926, Meitner became a professor at the University of Berlin, where her chair was in physics.",
        "She discovered the element protactinium with Hahn in 1917.",
    )
    made = article_items(*meitner, title="Lise Meitner")
    assert [i for i in answered(made, "1917") if "Meitner" in i.prompt + i.answer]


# r36: a seventh set (Battle of Adwa, Edward Jenner, European Coal and Steel Community, Knights Templar, Lübeck,
# Matilda of Tuscany), read on the code above


def test_a_question_stops_where_a_clause_with_its_own_subject_joins_it() -> None:
    # r36: "When did the Treaty of Paris expire its activities fully absorbed by the European Community ...?"
    expired = (
        "In 2002, the Treaty of Paris expired and the ECSC ceased to exist in any form, its activities fully "
        "absorbed by the European Community under the framework of the Amsterdam and Nice treaties."
    )
    whens = [i.prompt for i in article_items(expired, title="European Coal and Steel Community") if "When" in i.prompt]
    assert whens
    assert all(p.endswith("When did the Treaty of Paris expire?") for p in whens)


def test_a_passive_joined_to_another_keeps_one_was() -> None:
    # r36: "When was Jenner appointed physician extraordinary to King George IV, and was made mayor ...?"
    appointed = (
        "In 1821, Jenner was appointed physician extraordinary to King George IV, and was also made mayor of "
        "Berkeley and justice of the peace."
    )
    whens = [i.prompt for i in article_items(appointed, title="Edward Jenner") if "When" in i.prompt]
    assert whens
    assert not [p for p in whens if "and was" in p]
    assert all("and made mayor of Berkeley" in p for p in whens)


def test_what_points_back_to_an_earlier_sentence_is_not_asked_alone() -> None:
    # r36: "When did De Molay arrive first?", "Pope Clement invited both Grand Masters to France to discuss the
    # matter", "Robert Schuman began to propose this Community in [...] and 1949"
    for sentence in (
        "De Molay arrived first in early 1307, but de Villaret was delayed for several months.",
        "In 1306 Pope Clement invited both Grand Masters to France to discuss the matter.",
        "Robert Schuman began to propose this Community in 1948.",
    ):
        assert not article_items(sentence, title="Knights Templar"), sentence
    both_sides = "In October 1896, both sides signed the Treaty of Addis Ababa."  # a battle's two sides are known
    assert answered(article_items(both_sides, title="Battle of Adwa"), "October 1896")


def test_the_year_of_a_poll_a_census_or_a_figure_compared_is_not_asked() -> None:
    # r36: the BBC's "100 Greatest Britons", "In [...] the city had a population of 218,523", "grew considerably –
    # from about 150,000 in [...] to more than 220,000 after the war" (answered 1939 for a growth after 1945)
    for sentence, title in (
        (
            "In 2002, Jenner was named in the BBC's list of the 100 Greatest Britons following a UK-wide vote.",
            "Edward Jenner",
        ),
        ("In 2015 the city had a population of 218,523.", "Lübeck"),
        (
            "Lübeck's population grew considerably – from about 150,000 in 1939 to more than 220,000 after the war – "
            "owing to an influx of ethnic German refugees.",
            "Lübeck",
        ),
    ):
        assert not article_items(sentence, title=title), sentence


def test_a_date_in_brackets_beside_the_event_is_not_asked() -> None:
    # r36: "The Schuman Declaration of 9 May 1950 (in [...] declared "Europe Day" by the European Communities)"
    aside = (
        'The Schuman Declaration of 9 May 1950 (in 1985 declared "Europe Day" by the European Communities) occurred '
        "after two Cabinet meetings."
    )
    assert not answered(article_items(aside, title="European Coal and Steel Community"), "1985")


def test_an_approximate_date_has_no_near_wrong_choices() -> None:
    # r36: "Around AD 700, Slavic peoples started moving into ..." offered AD 697, AD 702 and AD 706
    around = "Around AD 700, Slavic peoples started moving into the eastern parts of Holstein."
    made = answered(article_items(around, title="Lübeck"), "AD 700")
    assert made
    assert not [i for i in made if i.choices]
    exact = "In 1143, Count Adolf II of Holstein founded the modern town on the island of Bucu."
    assert [i for i in answered(article_items(exact, title="Lübeck"), "1143") if i.choices]


def test_what_did_is_asked_only_of_someone() -> None:
    # r36: "what did the disagreement between Pope Gregory VII and King Henry IV do in February 1076?"
    quarrel = (
        "The disagreement between Pope Gregory VII and King Henry IV culminated in February 1076 in the "
        "excommunication of the king."
    )
    assert not [i for i in article_items(quarrel, title="Matilda of Tuscany") if "what did" in i.prompt.lower()]


def test_an_example_of_what_the_text_said_before_is_not_asked() -> None:
    # r31: "When did the regiment fire 100 rounds per gun on ground targets ...?" of "For example, on 13 June ..."
    example = (
        "For example, on 13 June 1944 the regiment fired 100 rounds per gun on ground targets in collaboration "
        "with 4th Army Group Royal Artillery."
    )
    assert not article_items(example, title="103rd Heavy Anti-Aircraft Regiment, Royal Artillery")
    after_semicolon = (
        "For example, the pottery shop was discontinued when the school moved from Weimar to Dessau; when Mies van "
        "der Rohe took over the school in 1930, he transformed it into a private school."
    )
    assert answered(article_items(after_semicolon, title="Bauhaus"), "1930")


def test_a_sentence_without_its_subject_and_a_time_lines_cloze_are_not_asked() -> None:
    # r32-r33: "Was sold to Stockton Terminal and Eastern in [...] and renumbered 1." (whose subject the copy set
    # apart); "[...]: "Central Pacific Rail Road of California" incorporated." where its question is asked
    lost = "Was sold to Stockton Terminal and Eastern in 1914 and renumbered 1."
    assert not article_items(lost, title="Central Pacific Railroad")
    entry = 'June 28, 1861: "Central Pacific Rail Road of California" incorporated.'
    made = answered(article_items(entry, title="Central Pacific Railroad"), "June 28, 1861")
    assert made
    assert not [i for i in made if i.prompt.split(" — ")[-1].startswith("[...]:")]


# r37: an eighth set (Bamberg, Hammurabi, James Watt, Kansas–Nebraska Act, Kansas State University, Northern
# Crusades), read on the code above


def test_the_name_of_the_title_keeps_its_capital_beside_a_common_word_it_spells() -> None:
    # r37: "When was watt asked to repair a model Newcomen engine ...?" (the article also speaks of the unit "watt")
    sentences = [f"Engine number {n}, which Watt built with Boulton, ran well." for n in range(1, 6)]
    sentences += [
        "The unit of power, the watt, is named after him.",
        "In 1763, Watt was asked to repair a model engine.",
    ]
    made = answered(article_items(*sentences, title="James Watt"), "1763")
    assert made
    assert not [i for i in made if "watt asked" in i.prompt]
    peace = [
        "The peace was long awaited, and peace talks were slow.",
        "Peace negotiations between France and the Habsburgs began in Cologne in 1636.",
    ]
    whens = [i.prompt for i in article_items(*peace, title="Peace of Westphalia") if "When" in i.prompt]
    assert whens
    assert all("When did peace negotiations" in p for p in whens)


def test_a_comparison_with_what_an_earlier_sentence_told_is_not_asked() -> None:
    # r37: "By comparison, the University of Kansas opened in [...]."
    assert not article_items("By comparison, the University of Kansas opened in 1866.", title="Kansas State University")


def test_a_day_that_opens_a_name_takes_no_year_from_its_paragraph() -> None:
    # r37: "... attempted to assassinate German dictator Adolf Hitler in the July 20 Plot." answered "July 20, 1969"
    plot = (
        "Bamberg was rebuilt in 1969.",
        "Claus Schenk Graf von Stauffenberg, a German officer, attempted to assassinate Adolf Hitler in the July 20 "
        "Plot.",
    )
    made = article_items(*plot, title="Bamberg")
    assert answered(made, "1969")
    assert not [i for i in made if "July 20, 1969" in i.answer]
