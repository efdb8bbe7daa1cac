"""Signs in a fact's words that an item about it would fail a learner, each found by a blind read: a thing
named by pointing back, a figure's year, a side remark in brackets, a date written into a word, two dates side by
side, the article's own year, an event told beside another, an event that ends on "a" and a noun."""

from __future__ import annotations

import re
from collections import Counter

from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.spans import span
from studyapp.text.months import MONTH_NAMES
from studyapp.text.notes import REFERENCE_TITLES, heading_key

# "this pledge", "these experiments", "one such project", "the next ecumenical council": a thing named only by
# pointing back to an earlier sentence; "Twenty-three years later", "The next day", "another 11 September": a time
# told from one the item does not show (blind reads r7-r10)
_POINTING_BACK = re.compile(
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?!as\b|that\b|is\b|was\b)[a-z]|\b[Ss]uch\s+(?!as\b)[A-Z]"
    r"|\b[Tt]he\s+(?:next|following|previous|preceding|latter|former)\s+(?!of\b)[a-z]"
    r"|\b(?:years?|months?|weeks?|days?|decades?|centuries)\s+(?:later|earlier|afterwards?)\b"
    r"|\b[Aa]nother\s+[$€£]?\d"
    r"|\b(?:[Ss]hortly|[Ss]oon|[Ii]mmediately)\s+after(?:wards)?,"  # "Shortly after, in [...], ..." (r76): after what?
    # "Tito broke with Stalin on other issues": other than those an earlier sentence told, as nothing after the
    # noun tells which (blind read r20)
    r"|\b(?:on|in|with|for|over|about|from)\s+other\s+[a-z]+s\b(?=\s*(?:[,.;:)]|$|\s(?:and|but|or|in|on|at|by)\s))"
    # "Similar meetings", "A larger meeting", "an equally prominent proponent", "the excerpt above", "the two
    # Ambassadors": compared with, or counted in, what an earlier sentence told (blind read r13)
    r"|\b[Ss]imilar,?\s+(?!to\b)[a-z]+|\b(?:[Aa]|[Tt]he)\s+(?:larger|smaller|bigger|second|further)\s+[a-z]+(?!.*\bthan\b)"
    r"|\b[Aa]\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+[a-z]"  # "a fifth trading room" (r32)
    r"|\b[Tt]his\s+[A-Z]{2,}\b"  # "through this HHC" (blind read r32)
    r"|\b[Tt]his\s+(?:is|was)\s+what\b"  # "When the Assembly abolished ... in [...] this is what was meant" (r160)
    r"|\b(?:an|as)\s+equally\b|\b[Tt]he\s+[a-z]+\s+above\b|\baforementioned\b"
    r"|\b[Tt]he\s+(?:two|three|four|five|six)\s+[A-Za-z]+s\b"
    r"|\b[Tt]he\s+(?:two|three|four)\s+(?:later|then|also|both|together|jointly|eventually|finally)\b"  # r31
    r"|\b[Tt]he\s+same\s+(?!as\b)[a-z]+"  # "Lippmann proposed the same thing" (blind read r14)
    r"|\b[Tt]he\s+(?:result|outcome|consequence)s?\s+(?:was|is|were)\b"  # "The result was his memoir" (r16-r17)
    r"|\b[Nn]o\s+(?:more|less)\s+[a-z]+ly\b(?![^.]*\bthan\b)"  # "Change came no more quickly": than when? (r20)
    r"|^Nor\s"  # "Nor did the fact that ...": the rest of a denial an earlier sentence began (blind read r20)
    # "agreement was reached on the details of the latter:" (blind read r31)
    r"|\b[Tt]he\s+(?:latter|former)(?=\s*[^\w\s]|\s*$)"
    # "Longwy capitulated, the last to do so", "James's younger daughter did the same": as what an earlier
    # sentence told (blind read r41); "Which the supreme army commander ... advised": the rest of a sentence before
    r"|\b(?:do|does|did|done|doing)\s+(?:so|the\s+same|likewise)\b|^\W*Which\s"
    # "the resulting Colorado River Compact", "Both islands were ceded": what an earlier sentence told (r48)
    r"|\b[Tt]he\s+resulting\b|^\W*Both\s+(?!of\b)[a-z]+s\b"
    # "In response, Andrada wrote ...": to what an earlier sentence told (blind read r28)
    r"|\b[Ii]n\s+(?:response|reply|retaliation|return)\b(?!\s+(?:to|for)\b)"
    # "De Molay arrived first": before whom? "both Grand Masters": which two? "this Community"
    # (blind read r36)
    r"|\b(?:arrived|reached|landed|left|struck)\s+first\b"
    # "By comparison, the University of Kansas opened": compared with what an earlier sentence said (r37)
    r"|\b[Bb]y\s+comparison\b|\b[Ii]n\s+comparison\b(?!\s+(?:to|with)\b)"
    r"|\b[Bb]oth\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+s\b(?!\s+(?:of|and)\b)"
    r"|\b[Tt]his\s+[A-Z][a-z]+\b(?!\s+[A-Z])"
    # "opened debate on the subject", "The new arrangement began": a matter only a sentence before names (r48-r49)
    r"|\b[Tt]he\s+(?:new\s+)?(?:subject|matter|case|issue|idea|arrangement|offer|proposal|scheme|affair)\b"
    r"(?!\s+(?:of|that|to|for|on|about|with|between)\b"
    r"|\s+in\s+(?:the\s+)?(?!(?:" + "|".join(MONTH_NAMES) + r")\b)[A-Z])"
    # "Nothing happened until 1945 when ...": of what an earlier sentence wanted; "The most famous incident
    # involved ...": of those an earlier sentence told (blind read r79)
    r"|^\W*(?:Nothing|Little)\s+(?:happened|changed|came\s+of)\b"
    # "The one exception was ...", "The first three will open in Winter 2020", "Another poisoning explanation":
    # of a rule, a list or an account an earlier sentence told (blind reads r74, r76)
    r"|\b[Tt]he\s+(?:one|only|sole)\s+exception\b"
    r"|\b[Tt]he\s+(?:first|last|other|remaining)\s+(?:two|three|four|five|six|few)\s+(?:will|would|were|are|had|have)\b"
    r"|\b[Aa]nother\s+(?:[a-z]+\s+)?(?:explanation|theory|view|account|version|reason|hypothesis)\b"
    r"|\b[Tt]he\s+most\s+(?:famous|notable|important|serious|significant|prominent|notorious)\s+"
    r"(?:incident|example|case|instance|event|episode|one)s?\b(?!\s+(?:of|in|to|was|were)\b)"
)


# where a converted copy lost a value its template held, or kept a link's cross-reference: "Using the ship ,
# earlier used by", "(equivalent to $ today)", "a main span of and a total height of ." (blind read r32)
_LOST_WORDS = re.compile(
    r"\s[,.;:](?=\s|$)|(?<![\w\[/$])[$€£¥]\s+(?=[a-z)])|\(\s*\)"
    r"|\b(?:of|to|from|by|at|about|than|and|is|was|were|as|between)\s*[,.;:)](?=\s|$)"
    # "Between and 1665, only four years had no recorded cases", "known in Welsh as)" (blind read r35)
    r"|\b[Bb]etween\s+and\b"
    # ... or a value before brackets: "The recorded extremes are a maximum of (July 2015, in Kitzingen)" (r96)
    r"|\bof\s+\((?=[A-Z0-9])"
    # ... or a title it quoted: 'Melchior Grimm published "", an influential article' (blind read r98)
    r'|""|“”'
    # a cross-reference of the copy: "(see: Administrative division of ...)", "(see Decimalization)" (r35)
    r"|\(see:?\s"
    # a subject the copy lost at the opening of an article: "Was the 124th Emperor of Japan ..." (blind read r135)
    r"|^(?:Was|Were|Is|Are)\s+(?:the\s|an?\s|[a-z])(?![^?]*\?\W*$)"  # ... "Was introduced to the mass market"
    # ... or the name a language label stood before: "The Cyprus Police (Greek) is ..." (blind read r136)
    r"|\((?:Greek|Latin|Arabic|Turkish|Persian|Hebrew|Chinese|Japanese|Korean|Russian|Sanskrit|Hindi)\s*[:;,]?\s*\)"
    # ... or the number before a measure: "In 1999, tons of organic tea were sold" (blind read r136)
    r"|(?:^|,\s)(?i:tons|tonnes|kilograms|hectares|acres)\s+of\b"
    # ... or the value a change came to: "The settlement grew to by 700–600 BC", "climbed to in May 2018" (r162, r156)
    r"|\b(?:grew|rose|climbed|increased|fell|dropped|declined|expanded|risen|grown)\s+to\s+(?:in|by)\b"
    # ... or the years of a span, its era kept: "ended with the Kassite period ( BC – BC)", "from –1300 BC" (r170)
    r"|\(\s*(?:BCE?|AD|CE)\s*[–—-]|\b(?:from|between|in|since|until)\s+[–—-]\s*(?=\w)"
    # ... or a link's markup it kept, or a phrase it lost between a comma and a stop: "[[Bolzmann_constant|k", "the
    # first direct detection of gravitational waves,., eleven ..." (blind read r139)
    r"|\[\[|,\."
    # ... or a length before "long": "The longest complete dinosaur is the long Diplodocus" (blind read r139; not
    # "a tall Ferris wheel", judged good)
    r"|\bthe\s+(?:long|wide|high|tall|deep)\s+[A-Z][a-z]"
    # a span whose two values the copy lost: "widened from wide to wide" (blind read r40)
    r"|\bfrom\s+([a-z]+)\s+to\s+\1\b"
    # ... or the first of them: "The 40 Wall Street tower was revised from to 925 feet" (blind read r57)
    r"|\bfrom\s+to\b"
    # a name the copy lost after a verb of naming: "founded the pueblo they called." (blind read r128)
    r"|\b(?:they|he|she|it|was|were)\s+(?:called|named|dubbed|christened)\s*[.;:]?\s*$"
    # an ordinal whose number the copy lost: "The tower received its th guest" (blind read r45)
    r"|\b(?:its|the|his|her|their|a)\s+(?:st|nd|rd|th)\b"
    # a quantity the copy lost before "of": "landed with of usable fuel remaining", "set on of chained-off beach"
    r"|\b(?:with|within|on|at|by|from|about|over|under|to|nearly|approximately)\s+of\b"
    # ... or between "of" and a rate: "production reaching peak levels of per year" (blind read r142)
    r"|\bof\s+per\b(?!-)"  # not "levels of per-capita GDP"
    # ... or after a verb of having: "Algeria had of proven natural-gas reserves", "accumulated of land" (r115)
    r"|\b(?:had|has|have|accumulated|amassed|owned|produced)\s+of\s+(?!course\b|late\b|old\b|necessity\b)[a-z]"
    # a sum that lost its currency sign, a distance its value: "replaced with a 20 million ramp", "sent a raiding
    # party more than to capture the posts" (blind read r51)
    r"|\b[Aa]n?\s+\d[\d.,]*\s+(?:million|billion)\s+(?!(?:people|strong|years?|tons?|tonnes?)\b)[a-z]+"
    r"|(?<!nothing\s)\bmore\s+than\s+to\b"
    # "send a impactor": a weight lost before the noun ("a 2,300 kg impactor", r120)
    r"|(?<![\w'’-])a\s+[ai][a-z]+"
    # names the copy lost between dashes: "Ten submarines—, and —were given orders" (blind read r63)
    r"|[—–]\s*[,;]|\band\s+[—–](?=\w)"
    # a word or a value lost before a stop or a preposition: "to tax members of the .", "built in 1958 at from the
    # city centre", "15 consecutive days above in 1976", "surrounded by a barricade long, the ... barrier" (r80)
    r"|\b(?:the|an?)\s*[,.;:)](?=\s|$)|\bat\s+from\b|\b(?:above|below)\s+in\s"
    # names lost around an "or": "it ceased to be the Federal District ( or), and is now officially known as (or)"
    r"|\(\s*or\s*\)|\(\s*/\s*,"  # ... or a pronunciation: "Panzer Army Africa (/, Generalfeldmarschall ...)" (r122)
    # ... or a name it set in italics: "named the archipelago __ in honor of Philip II" (blind read r104), "from
    # the Greek roots _ (oxys)" (r134)
    r"|(?<!\S)_+(?!\S)"
    # ... or the dashes around an aside, gluing its words to the next: "four denominationsCalvinism, ..." (r108)
    r"|\b[a-z]{3,}[A-Z][a-z]{2,}"
    # a value lost after a bound or an average: "are worth at least.", "has an average of crude oil, of natural gas",
    # "detect at least of water" (r120)
    r"|\bat\s+(?:least|most)\s*[,.;:)](?=\s|$)|\bat\s+(?:least|most)\s+of\s+(?!the\b|them\b|these\b|those\b)[a-z]"
    r"|\b[Aa]n\s+average\s+of\s+(?![\d$€£¥]|about|around|over|some)[a-z]"
    r"|\b[Aa]n?\s+(?!(?:mile|kilometre|kilometer|metre|meter|foot|yard|inch|day|week|month|year|hour|minute|century"
    r"|decade|lifetime|season|night)s?\b)[a-z]+\s+(?:long|wide|high|tall|deep)\b(?=[,.;)])"
)


def lost_words(text: str) -> bool:
    """True when the text shows where the copy lost words or a value (see ``_LOST_WORDS``)."""
    return bool(_LOST_WORDS.search(text))


_STOP_AFTER_A_SPACE = re.compile(r"(\w+)\s+[.;:]\W*$")


def lost_at_the_end(sentence: str, shown: str) -> bool:
    """The sentence ends on a stop set after a space, where the copy lost its last word ("a mixture of acetylene
    and compressed ."), and ``shown`` (which closes up the space) ends on the word before it."""
    match = _STOP_AFTER_A_SPACE.search(sentence)
    return match is not None and re.search(rf"\b{re.escape(match[1])}\W*$", shown) is not None


# What a sentence about the article's own sources speaks of: its editions, translations and volumes, or a report of
# the press ("Popular Science showed ... in an article on air defence", "the BBC News reported that there was
# speculation", blind read r143).
_PUBLISHING = re.compile(
    r"\b(?:translations?|translated|editions?|edited by|reprint(?:s|ed)?|volumes?|vols?\.)(?!\w)"
    r"|\b(?:in|had|ran|published|carried)\s+an\s+article\b|\bNews\s+reported\b"
    # the article pointing at its own tables and figures: "Below is the 1961–1990 normals table" (blind read r80)
    r"|^\W*(?:Below|Above)\s+(?:is|are)\b|\b(?:table|chart|graph|figure|list)\s+(?:below|above)\b"
    # ... or at a picture beside the text: "the press in the image on the left" (blind read r154)
    r"|\b(?:image|picture|photo(?:graph)?|illustration|drawing)s?\s+(?:on|to|at)\s+the\s+(?:left|right)\b"
    r"|\b(?:pictured|shown)\s+(?:(?:on|to|at)\s+the\s+(?:left|right)|above|below|here)\b|\(pictured\)",
    re.IGNORECASE,
)
_SOURCE_SECTIONS = REFERENCE_TITLES | {
    "editions",
    "translations",
    "historiography",
    "primary sources",
    "editions and translations",
}


# Sections on what came after the subject in films, songs, plays and names: each reader of r29-r33 failed their
# dates as trivia ("when was a biographic film titled Amundsen released?", "when did Styx release 'Krakatoa'?")
_AFTERLIFE_SECTIONS = frozenset(
    {
        "in popular culture",
        "popular culture",
        "cultural references",
        "in fiction",
        "in film",
        "in literature",
        "in music",
        "in media",
        "in the media",
        "adaptations",
        "portrayals",
        "depictions",
        "media",
        "film",
        "popular culture references",
        "references in popular culture",
    }
)


# ... or named by the arts it lists: "In art, film and literature" (blind read r116: 11 of 16 items failed)
_ARTS = (
    r"(?:the\s+)?(?:arts?|films?|cinema|literature|fiction|music|television|tv|theat(?:re|er)|media|popular\s+culture"
    r"|video\s+games?|comics|novels|poetry)"
)
_AFTERLIFE_ARTS = re.compile(rf"^in\s+{_ARTS}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_ARTS})+$")


def about_the_afterlife(section_title: str) -> bool:
    """True for a section on the subject's appearances in films, songs and fiction (see ``_AFTERLIFE_SECTIONS``)."""
    key = heading_key(section_title)
    return key in _AFTERLIFE_SECTIONS or bool(_AFTERLIFE_ARTS.match(key))


# a work of film, broadcast or stage made about the subject: "a biographic Norwegian film titled Amundsen", "a
# miniseries on Ibsen's childhood", "a radio play about Vivaldi", "Will Eno's adaptation of Ibsen's Peer Gynt"
_WORK = (
    r"(?:films?|movies?|biopics?|(?:mini-?|television |TV )series|documentar(?:y|ies)|episodes?|radio (?:play|drama)s?"
    r"|video games?|adaptations?|docudramas?|musicals?)"
)
_WORK_ABOUT = re.compile(
    r"\b(?:biographic(?:al)?\s+(?:[A-Z]\w+\s+)?" + _WORK + r"|topic\s+of\s+the\s+\w+\s+" + _WORK + r")\b"
    r"|\b" + _WORK + r"\s+(?:about|on|of|titled|called|entitled|depicting|based\s+on)\s+(?P<named>.{1,40})",
)


# a ranking by vote: "Jenner was named in the BBC's list of the 100 Greatest Britons following a UK-wide vote"
# (blind read r36: three readers of four failed it as trivia)
_POLL = re.compile(r"\b(?:polls?|public vote|(?:UK|nation|country)-?wide vote)\b|\b\d+\s+[Gg]reatest\b")


def tells_of_a_work_about(text: str, title: str) -> bool:
    """True when ``text`` tells of a film, a series, a radio play or an adaptation made about the article's
    subject (named by a word of ``title``), or of a poll that ranked it: the dates of its afterlife, trivia beside
    its life (blind reads r29-r36, outside any section on popular culture)."""
    if _POLL.search(text):
        return True
    names = {word for word in re.findall(r"[A-Z][\w'’-]{3,}", title)}
    for found in _WORK_ABOUT.finditer(text):
        named = found.group("named")
        if named is None or any(name in named for name in names):
            return True
    return False


# a year that dates a piece of writing about the subject: "In his 2004 article, J.W. Porteous concluded ...", "The
# 2009 Encyclopædia Britannica uses the figures ...", "In his 2007 film adaptation" (blind read r43)
# ... a novel, a magazine's issue, a treatise ("the 1941 time travel novel", "the October 29 issue of Le Figaro",
# r57), and a work its author's name owns ("Arthur Koestler's 1959 The Sleepwalkers", r57)
_PUBLICATION_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:article|book|study|paper|essay|biography|monograph|thesis|dissertation|review|analysis"
    r"|edition|encyclop\w*dia|adaptation|documentary|novel|issue|treatise|pamphlet|memoir)s?\b",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|a|an|the)|[’']s)\s+$", re.IGNORECASE)
_AUTHOR_BEFORE = re.compile(r"\b[A-Z]\w+[’']s\s+$")
_TITLE_AFTER = re.compile(r"\s+(?:The\s+)?[A-Z]\w+")


def dates_a_publication(sentence: str, offset: int, date: str) -> bool:
    """True for a year written before the piece of writing it dates ("his 2004 article", "a 1997 study"): when a
    study appeared is the bibliography's detail, not the subject's (blind read r39)."""
    before = sentence[max(0, offset - 12) : offset]
    after = sentence[offset + len(date) : offset + len(date) + 40]
    if _AUTHOR_BEFORE.search(before) and _TITLE_AFTER.match(after):
        return True
    return bool(_OWNER_BEFORE.search(before) and _PUBLICATION_AFTER.match(after))


def about_sources(event: str, section_title: str) -> bool:
    """True for an event of a section on the article's sources, or one that tells of editions and translations
    ("German translations appeared in 1861") or of the article's own tables ("Below is the [...] normals table"):
    trivia of the bibliography or of the page, in blind reads."""
    if _STUDY_AUTHORS.search(event):
        return True  # "More recently, in [...], Alam, et al., studied stool samples": a study's year (r127)
    return heading_key(section_title) in _SOURCE_SECTIONS or bool(_PUBLISHING.search(event))


# a study's authors, or a source the article weighs against another: "Another source puts the amount added ...
# at 879 Gt", "According to one source, in the period 1751–2008 ..." (blind read r142)
_STUDY_AUTHORS = re.compile(r"\bet al\b|\b[Aa]nother source (?:puts|gives|says)\b|\b[Aa]ccording to one source\b")


# "as in 1938", "than in 1950": the year a figure is compared with, not the time of an event
# ... or the first of two figures: "grew considerably – from about 150,000 in 1939 to more than 220,000" (r36)
_COMPARED = re.compile(
    r"\b(?:as|than)\s+(?:in|on|at|of|by)\s*$|\bfrom\s+(?:about\s+|around\s+|some\s+|over\s+)?[\d,.]+\s+(?:\w+\s+)?in\s*$"
    # "a 15 percent increase over 2012" (blind read r117)
    r"|\b(?:increase|rise|growth|decrease|decline|drop|fall|gain|jump)\s+(?:over|on|from)\s*$"
    # "the 1857 rates were the lowest since 1816", "the highest level since 1945" (blind read r79)
    r"|\b(?:lowest|highest|largest|smallest|biggest|greatest|worst|best|strongest|weakest|fastest|slowest|deadliest"
    r"|coldest|hottest|warmest|wettest|driest|heaviest|first|(?:most|least)\s+[a-z]+)(?:\s+[\w-]+){0,4}\s+since\s*$"
    # another event the subject is measured against: "twice the size of the spike due to the 1815 eruption of
    # Tambora", "Eruptions of comparable intensity include the Kurile lake eruption ... in 6440 BC" (blind read r170)
    r"|\b(?:twice|thrice|\w+\s+times)\s+(?:the|as)\b[^.;]{0,60}$|\bcomparable\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# a clause set in brackets inside the sentence shown: "(who, unable to bear exile, would be executed in ..."
# ... or a side date opening its brackets: "The Schuman Declaration of 9 May 1950 (in 1985 declared "Europe Day" ...)"
# ... or a life's year beside a name: "Józef (born 1863, nicknamed Józio)" (blind read r40), also after another
# remark: "Anne Isabella (called Annabella; born 22 September 1837)" (r46)
_ASIDE_OPENING = re.compile(
    r"\((?:who|whom|whose|which|when|where|while|although|though|after|before|in|on|since|such\s+as|born|died)\b"
    r"[^()]*$"
    r"|\([^()]*[;,]\s*(?:born|died)\b[^()]*$"
)


# a sum, a share or a ratio: "$280 million", "DM 10 billion", "21.6%", "35 percent", "15.1 times as many"
_FIGURE = re.compile(
    r"[$€£¥]\s?\d|\b(?:DM|USD|EUR)\s?\d|\d\s?%|\bper\s?cent\b|\bpercent\b|\btimes as\b"
    # a quantity by weight or volume: "used 52 million pounds of cotton in 1800" (blind read r54: the point)
    r"|\b\d[\d,.]*\s(?:(?:million|billion|thousand)\s)?"
    r"(?:tons|tonnes|pounds|barrels|bales|bushels|gallons|litres|liters)\b",
    re.I,
)


# "during the Franco-Prussian War": a named time that everyone can date, which rules wrong choices out
_DURING_A_NAMED_TIME = re.compile(r"\b[Dd]uring\s+(?:the\s+)?[A-Z]")


def during_a_named_time(text: str) -> bool:
    """True when the text places its event during a named war, reign or era ("during the Franco-Prussian War"):
    a learner dates it from what everyone knows, and wrong dates outside it are no choice (blind reads r13-r17)."""
    return bool(_DURING_A_NAMED_TIME.search(text))


def names_someone_in(subject: str) -> bool:
    """A subject with a name in it ("President Harry Truman", "the United States"): the clause tells an act
    that comes with a figure, not the figure alone ("Aid accounted for about 3%", "output was 35% higher")."""
    words = subject.split()
    return any(word[:1].isupper() for word in words[1:]) or (
        bool(words) and words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an", "over", "about")
    )


def in_a_word(fact: DatedFact) -> bool:
    """True when the date is written into a compound word ("a 19th-century Albanian writer", "late-twentieth-
    century history"): gapped, it leaves half a word."""
    start, end = fact.date.offset, fact.date.offset + len(fact.date.text)
    if fact.sentence[end : end + 1] == "-" and fact.sentence[end + 1 : end + 2].isalpha():
        return True  # "bombers that were faster than 1930s-era fighters" (blind read r108)
    return fact.sentence[start - 1 : start] == "-" or fact.sentence[end - 8 : end].lower().endswith("-century")


def inside_aside(text: str, where: tuple[int, int]) -> bool:
    """True when the date (at ``where`` in ``text``) stands in a clause set in brackets inside the sentence
    shown, or fills its brackets alone or after a short label ("was established (1919)", "(ADR, 1918-1920)"):
    a side remark, trivia beside what the sentence tells (blind reads r11, r22)."""
    before, after = text[: where[0]], text[where[1] :]
    alone = _BRACKETED_ALONE.search(before)
    if alone and after.lstrip().startswith(")") and not before[: alone.start()].rstrip().endswith((".", "!", "?")):
        return True  # (after a whole sentence, "The fort fell. ([...])" is how an item shows a date it cannot place)
    return bool(_ASIDE_OPENING.search(before)) and ")" in after


_BRACKETED_ALONE = re.compile(r"\((?:[^()\s]+,?\s+){0,2}$")


# "That same day, Spain declared war ...": a time an earlier sentence told, unless a date before it in the
# sentence is the one it points to ("in July 1962, and construction started later that summer"; blind read r27)
_THAT_TIME = re.compile(
    r"\b[Tt]hat\s+(?:same\s+|very\s+)?(?:day|morning|afternoon|evening|night|week|month|year|spring|summer"
    r"|autumn|fall|winter|decade)\b(?!-)"
)


def points_back(*texts: str) -> bool:
    """True when the event names what it is about only by pointing back to sentences it does not show."""
    return any(_POINTING_BACK.search(text) or _time_told_before(text) for text in texts if text)


def _time_told_before(text: str) -> bool:
    found = _THAT_TIME.search(text)
    return found is not None and not re.search(r"\d", text[: found.start()])


# dates written side by side: "in 1950 and 1952", "1566, 1568 and 1570"
# ... "ruled from August 1444 to September 1446, and then later from February 1451 to May 1481" (blind read r171)
_BETWEEN_PAIRED = re.compile(r"\s*(?:,|,?\s*(?:and|or))(?:\s+(?:then|later|again|also))*\s*")
# one time told two ways: "in late 1994 or early 1995"
_BETWEEN_ALTERNATIVES = re.compile(r",?\s*or\s*")
_NUMBER_OR = re.compile(r"\b\d{1,4}\s+or\s+$")
# a date given in two calendars: "died on 20 March 1727 (OS 20 March 1726; NS 31 March 1727)" (blind read r46)
_TWO_CALENDARS = re.compile(r"\((?:O\.\s?S\.|OS|N\.\s?S\.|NS|Old Style|New Style):?\s+\d")


def _date_beside(fact: DatedFact, others: list[DateMention], between: re.Pattern[str]) -> bool:
    start, end = fact.date.offset, fact.date.offset + len(fact.date.text)
    for other in others:
        lo, hi = other.offset, other.offset + len(other.text)
        gap = fact.sentence[end:lo] if lo >= end else fact.sentence[hi:start] if start >= hi else None
        if gap is not None and between.fullmatch(gap):
            return True
    return False


def an_alternative(fact: DatedFact, others: list[DateMention]) -> bool:
    """True when the fact's date is one of two the sentence offers for one time ("met in Khartoum in late 1994
    or early 1995"): a gap in one of them is given away by the other, and a year either side would do too
    (blind read r27), or where a bare number before it is the other one ("dedicated in 439 or 438 BC", r43), or
    where the sentence gives its time in two calendars ("(OS 20 March 1726; NS 31 March 1727)", r46)."""
    return (
        _date_beside(fact, others, _BETWEEN_ALTERNATIVES)
        or bool(_NUMBER_OR.search(fact.sentence[: fact.date.offset]))
        or bool(_TWO_CALENDARS.search(fact.sentence))
    )


def beside_another_date(fact: DatedFact, others: list[DateMention]) -> bool:
    """True when another date of the sentence stands beside the fact's, joined by "and" or a comma ("guerrilla
    units entered Albania in 1950 and 1952"): "When ...?" has two answers (blind read r10), and "What happened
    in 1950?" would answer with both."""
    return _date_beside(fact, others, _BETWEEN_PAIRED)


_MAIN_YEAR_SHARE = 0.35


def main_year(facts: list[DatedFact]) -> int | None:
    """The year most of the article's facts fall in, when they are many enough to make it the article's own
    ("Cuban Missile Crisis": 1962), else None."""
    years = [span(f.date)[0][0] for f in facts if span(f.date)[0][0] == span(f.date)[1][0]]
    if len(years) < _FEWEST_FOR_A_MAIN_YEAR:
        return None
    year, count = Counter(years).most_common(1)[0]
    return year if count >= _MAIN_YEAR_SHARE * len(facts) else None


_FEWEST_FOR_A_MAIN_YEAR = 10


def years_told(facts: list[DatedFact]) -> int:
    """How many years the body of the article's facts spans: from the tenth to the ninetieth hundredth of their
    years, so that a background date or two does not make a close account broad."""
    years = sorted(span(f.date)[0][0] for f in facts)
    if not years:
        return 0
    last = len(years) - 1
    return years[last * 9 // 10] - years[last // 10]


def articles_year(date: DateMention, main_year: int | None) -> bool:
    """A bare year that is the article's own year: offered among its neighbours, the title gives it away (blind
    read r13: "In [...], the Soviets had only 20 ICBMs" in "Cuban Missile Crisis", choices 1960-1963)."""
    return main_year is not None and date.granularity == "year" and span(date)[0][0] == main_year


def names_someone(subject: str) -> bool:
    """A subject that can be asked "What did X do?": a name ("Johnson", "the Soviet Union"), whose head word (the
    last before "of", "as", "between", ...) has a capital, not an event or a thing ("the election of Carter", "the
    occupation", "the disagreement between Pope Gregory VII and King Henry IV": blind read r36)."""
    if subject.lower().startswith(("a ", "an ")):
        return False  # "what did a 405-line broadcasting service employing the Emitron do?" (blind read r97)
    head = re.split(r"\s+(?:of|as|in|for|between|with|against|over|from|to|by|on|at)\s+", subject, maxsplit=1)[0]
    head = head.split()[-1:]
    return bool(head) and head[0][:1].isupper() and not _EVENT_NAME.search(head[0])


_EVENT_NAME = re.compile(r"^(?:War|Crisis|Revolution|Election|Occupation|Campaign|Conference|Treaty)s?$")


# "a" and a common noun closing an event, not as what its subject became or was ("Alaska became a state.")
# the event told beside another of the same time: "after the ousting of Aristide", "during the Franco-Prussian War"
_ANOTHER_EVENT = re.compile(r"\b(?:after|following|during|amid)\s+(?:the|his|her|their|its)\b", re.IGNORECASE)
_BARE_INDEFINITE_END = re.compile(
    r"(?<!\bbecame)(?<!\bbecome)(?<!\bbecomes)(?<!\bwas)(?<!\bwere)(?<!\bas)\s(?:a|an)\s+[a-z]+[.?]$"
)


# a month that times part of the event: "The Allies landed in Sicily and in Italy in September." (blind read r104)
_A_MONTH = re.compile(r"\b(?:in|by|until|from|since|during)\s+(?:" + "|".join(MONTH_NAMES) + r")\b")


def times_by_a_month(statement: str) -> bool:
    """True when ``statement`` (an event without its date) still times part of itself by a month."""
    return bool(_A_MONTH.search(statement))


def says_too_little(statement: str) -> bool:
    """An event that ends on "a" and one common noun ("Hoxha called for a resolution.", "Mao made a speech."):
    what it was, the sentence said after it (blind reads r6-r12: "which resolution?")."""
    return bool(_BARE_INDEFINITE_END.search(statement))


# "Around AD 700, Slavic peoples started moving into ...": AD 697 and AD 702 are as true (blind read r36)
_APPROXIMATE = re.compile(r"\b(?:around|about|circa|c\.|ca\.|approximately|roughly)\s*$", re.IGNORECASE)


def approximate(before: str, date: str = "") -> bool:
    """True when the words before a date, or the date's own first word ("c. 450 BC", r105), make it approximate:
    wrong dates near it are not wrong."""
    opening = date.split(" ", 1)[0] if " " in date else ""
    return bool(_APPROXIMATE.search(before) or _APPROXIMATE.search(opening))


def compared_base(before: str) -> bool:
    """True when the words before a date make it what a figure is compared with ("as in 1938")."""
    return bool(_COMPARED.search(before))


# the count of a place's people, and the date it was counted at: "The population of England in 1650 was
# approximately 5.25 million", "With 262,219 inhabitants at the beginning of 2019, Ghent is ..." (blind read r35)
_CENSUS = re.compile(
    r"\b[Pp]opulation\s+(?:of\s+[^,;]{1,40}?\s+)?(?:(?:in|at|by|around)\s+[^,;]{1,30}?\s+)?"
    r"(?:was|stood\s+at|reached|numbered|totall?ed|had\s+(?:grown|risen|fallen)\s+to|(?:grew|rose|fell)\s+to)\b"
    r"|^\s*With\s+(?:a\s+population\s+of\s+|about\s+|some\s+|over\s+)?[\d,.]+\s+(?:million\s+)?"
    r"(?:inhabitants|residents|people)\b"
    r"|\bhad\s+a\s+population\s+of\b"  # "In 2015 the city had a population of 218,523." (blind read r36)
    # ... or a count at a date: "In the 2011 Census, the number of island residents was 53,158", "In 2015, there were
    # 6.91 million visitors" (blind read r45)
    r"|\bthe\s+number\s+of\s+[^,;]{1,40}?\s+(?:was|stood\s+at|reached|totall?ed)\s+(?:about\s+|around\s+|some\s+)?\d"
    r"|\b[Tt]here\s+were\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+)?[\d,.]+\s+(?:million\s+|thousand\s+)?"
    r"(?:visitors|inhabitants|residents|people|tourists|passengers)\b"
)
# a subject that is a count of thousands: "5,891 people have acquired German citizenship in 2016", "322,698 out of 5.5
# million people ... identify themselves as Muslim" (blind read r77: trivia)
_ROUGHLY = r"(?:about|around|some|over|approximately|nearly|almost|more\s+than|up\s+to)?\s*"
_HEAD_COUNT = re.compile(
    _ROUGHLY + r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion))\b(?!\s*(?:BC|AD|BCE|CE)\b)"
)
# a share that opens the subject, and what it holds: "About 13% of households in Sub-Saharan countries owned ITNs in
# 2007" (blind read r122)
_SHARE = re.compile(_ROUGHLY + r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)", re.I)
_HOLDING = re.compile(
    r"\b(?:own(?:ed|s)?|li?v(?:ed|e|es)|used?|spoke|held|accounted|remained|(?:was|were|is|are)\b)", re.I
)
# a place that holds a count: "The city had 5,663 physicians in private practice", "the area probably contained
# 200,000 people" (blind reads r76, r77)
_HOLDS_A_COUNT = re.compile(
    r"\b(?:had|contained|counted|housed|numbered|consisted\s+of|enrolled)\s+(?:about\s+|around\s+|some\s+|over\s+|approximately\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion))\s+[a-z]"
    # ... or a count at a date told as "there were": "in 1819, there were 145,000 slaves in the captaincy" (r83)
    r"|\bthere\s+were\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+|more\s+than\s+)?\d{1,3}(?:,\d{3})+\s+[a-z]"
    # ... or a bare count that ends the clause: "in 1869 there were seven departments" (of what? blind read r103)
    r"|\b[Tt]here\s+were\s+(?:only\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z]+s"
    r"\s*[.;]"
    # ... or a rate: "carried a total of 6.3 million passengers every day", "an average of 478 crimes were reported
    # each day" (r83)
    r"|(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?)\s+(?:(?:million|billion|thousand)\s+)?[a-z]+(?:\s+[a-z]+){0,2}"
    r"\s+(?:every|each|per|a)\s+(?:day|week|month|year)\b"
)
# a claim nobody is named for: "In 2009, it was suggested that the Iceni were returning ..." (blind read r33)
# ... or presumed before it was known: "It was previously presumed that the missing metopes were destroyed ..." (r43)
_CLAIMED = r"suggested|argued|claimed|proposed|posited|theori[sz]ed|hypothesi[sz]ed|contended"
_NOBODYS_CLAIM = re.compile(
    rf"\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{_CLAIMED}|believed|thought|speculated"
    r"|conjectured|asserted|presumed|assumed|supposed)\s+that\b|\bpublished\s+suggesting\b",
    re.IGNORECASE,
)
# a scholar's case about the subject: "In 2019, the historian Michael Livingston made the case for a site west of
# Azincourt" (blind read r43: four readers of four, "the year of a historian's argument")
_SCHOLARS_CASE = re.compile(
    r"\b(?:historians?|archaeologists?|scholars?|researchers?|biographers?|academics?)\s+(?:[A-Z][\w.'’-]*\s+){1,3}"
    rf"(?:\w+ly\s+)?(?:{_CLAIMED}|argues|suggests|proposes|contends|claims|made\s+the\s+case|makes\s+the\s+case"
    r"|concluded|concludes)\b"
)


# "For example, on 13 June the regiment fired 100 rounds per gun ...": one instance of what the text told before it,
# trivia beside it (blind read r31: both readers)
# ... or "An example occurred shortly before the launch of the first Space Shuttle mission in 1981" (blind read r143)
_AN_EXAMPLE = re.compile(
    r"^\W*(?:For\s+(?:example|instance)|As\s+an\s+example|(?:An|One|Another)\s+(?:example|instance)\s+[a-z]+ed\b)"
)
# "Fatalities have been recorded, including a youth who suffocated in Vancouver in 2003": an unnamed one of a list
# of instances (blind read r143)
_INCLUDING_SOMEONE = re.compile(r"\bincluding\s+(?:an?|one|two|three|four|five)\s+[\w-]+(?:\s+[\w-]+)?\s+who\b")


# an entry of a list of people: a name, then "born" or "*" and the day, no verb ("Ken Miyao born March 16, 1986, pop
# singer", "Hermann Josef Abs * October 15, 1901, † February 5, 1994 ...": blind read r148, all bad)
_BIRTH_ENTRY = re.compile(
    r"^\W*[A-Z][\w.'’\"-]*(?:\s+(?:[A-Z\"(][\w.'’\"()-]*|von|van|de|der|da|di|du|le|la)){0,5},?\s+(?:born\s|\*\s?\S)"
)


def a_birth_entry(sentence: str) -> bool:
    """True when ``sentence`` is an entry of a list of people by their birth (see ``_BIRTH_ENTRY``)."""
    return bool(_BIRTH_ENTRY.search(sentence))


def an_example(text: str, before_date: str = "") -> bool:
    """True when ``text`` opens as an example of what the sentences before it said, or the words ``before_date``
    tell the dated one as an unnamed instance of a list ("including a youth who suffocated in Vancouver")."""
    return bool(_AN_EXAMPLE.search(text) or _INCLUDING_SOMEONE.search(before_date))


def holds_a_share(subject: str, statement: str) -> bool:
    """True when ``subject`` opens with a share ("About 13% of households") and ``statement`` tells what it
    holds ("owned ITNs", "were foreign-born"): the date is only when it was measured; not an event ("Over 60% of
    Norway's population died in 1349")."""
    return bool(_SHARE.match(subject) and _HOLDING.search(statement))


def counts_people(text: str, subject: str = "") -> bool:
    """True when ``text`` gives a place's population at a date, or ``subject`` is a head count ("680,000 cruise
    passengers visited the port in 2015"): the date is only when they were counted."""
    return bool(_CENSUS.search(text) or _HEAD_COUNT.match(subject) or _HOLDS_A_COUNT.search(text))


def nobodys_claim(text: str) -> bool:
    """True when ``text`` tells that something was suggested or argued, by no one named or by a scholar: the year
    of a scholar's guess, trivia beside what is known."""
    return bool(_NOBODYS_CLAIM.search(text) or _SCHOLARS_CASE.search(text))


# a place in a ranking or a rate: "ranked 175th out of 180 countries", "ranks as the twelfth largest", "135th of 167
# countries", "0.9 murders per 100,000": the date is only when it was measured (blind read r96, 8 of 8 such bad)
_STANDING = re.compile(
    r"\brank(?:ed|s|ing)?\s+(?:as\s+)?(?:the\s+)?(?:\d+|[a-z]+)(?:st|nd|rd|th)\b"
    # ... "ranked Texas as the most business-friendly state", "rank the Netherlands as the 11th most democratic" (r105)
    r"|\brank(?:ed|s)?\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}as\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|most|best|top)\b"
    r"|\b\d+(?:st|nd|rd|th)\s+(?:out\s+)?of\s+\d+"
    r"|\bper\s+(?:\d[\d,]*|thousand|million)\b(?!\s*(?:%|percent|cent))",
    re.I,
)


# a measure of a country's state, taken at a date: "The life expectancy is 74.8 years in 2015", "the Algerian economy
# grew by 2.6% in 2011", "3.4% of the country's GDP went towards military expenditure" (blind reads r112, r115: the
# year a measure was taken is trivia); not its change over a span ("fell from 5.00 in 1971 to 1.75 in 2004")
_INDICATOR = re.compile(
    r"\b(?:life\s+expectancy|(?:fertility|birth|death|mortality|literacy|unemployment|inflation|growth|poverty)\s+rate"
    r"|Gini|GDP|gross\s+domestic\s+product|economy|(?:public|government|national)\s+debt|spending|expenditure"
    # "Tanzania's coal production totalled 106,000 short tons", "a total of 13,747 GWh was produced" (r117)
    r"|production|output|a\s+total\s+of\s+[\d,.]+"
    # "The number of tourists from Europe grew by 23.1 percent during the first nine months of 2008" (r119)
    r"|number\s+of)\b",
    re.I,
)
_SPAN_OF_CHANGE = re.compile(r"\bfrom\b[^;]*?\bto\b")
_NUMBER = re.compile(r"\d")


def measures_an_indicator(subject: str, statement: str, sentence: str) -> bool:
    """True when ``subject`` names a measure of a place's state ("The life expectancy", "the Algerian economy")
    and ``statement``, the event without its date, gives its value at a time, and its ``sentence`` tells no
    change over a span."""
    return bool(_INDICATOR.search(subject) and _NUMBER.search(statement) and not _SPAN_OF_CHANGE.search(sentence))


# when a state of things was recorded: "As of the general elections of 2014, a large majority of ..." (r105)
_AS_OF = re.compile(r"\b[Aa]s\s+of\s+(?:the\s+(?:[\w-]+\s+){1,3}of\s+)?$")


def recorded_as_of(before: str) -> bool:
    """True when the words before a date make it the time a state of things was recorded ("As of 2014, ...")."""
    return bool(_AS_OF.search(before))


# a plan as the article was written: "Angela Ahrendts will commence as a senior vice president at Apple in mid-2014",
# "The next United Kingdom general election is scheduled for 5 May 2022" (blind reads r69-r106: 6 of 7 bad); not
# what a clause inside it said would follow ("discovered that an electric current ... will deflect a compass needle")
_PLANNED = re.compile(
    r"\b(?:will|shall)\s+(?:\w+ly\s+)?(?:be\s+)?[a-z]+|\b(?:is|are)\s+(?:scheduled|planned|due|expected|set)\s+(?:to|for)\b"
    # ... or "The next Landtag elections take place in May 2017": the next as of the copy (blind read r148)
    r"|^\W*[Tt]he\s+next\s+(?:[A-Z]\w*\s+)*[a-z]+s?\s+(?:takes?|is|are)\b"
)
_REPORTED_PLAN = re.compile(r"\b(?:that|which|wherein|whereby)\b[^.;]*\b(?:will|shall)\b")


def tells_a_plan(clause: str) -> bool:
    """True when ``clause`` tells what was yet to happen when the text was written."""
    return bool(_PLANNED.search(clause)) and not _REPORTED_PLAN.search(clause)


def tells_a_standing(text: str) -> bool:
    """True when ``text`` gives a place in a ranking or a rate (see ``_STANDING``)."""
    return bool(_STANDING.search(text))


def shows_figure(text: str) -> bool:
    """True when ``text`` tells a sum, a share, a ratio or a quantity by weight or volume."""
    return bool(_FIGURE.search(text))


def tells_another_event(statement: str) -> bool:
    """True when the event is told beside another of the same time ("... began after the ousting of ...")."""
    return bool(_ANOTHER_EVENT.search(statement))


# "July 4, 1986 saw a reprise of Operation Sail", "The 1960s witnessed ...": the date is the clause's subject
_DATE_AS_SUBJECT = re.compile(r"\s*,?\s*(?:saw|see|sees|witnessed|marked|brought|ushered)\b")


def date_is_subject(fact: DatedFact) -> bool:
    """True when the date is the subject of its clause ("July 4, 1986 saw a reprise of Operation Sail"): told
    without it, the event has no subject ("Saw a reprise of Operation Sail.", blind read r48)."""
    return bool(_DATE_AS_SUBJECT.match(fact.sentence, fact.date.offset + len(fact.date.text)))
