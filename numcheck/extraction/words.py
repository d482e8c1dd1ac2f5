"""Closed word lists of English that extraction relies on (not desk knowledge: that is in rules/)."""

from __future__ import annotations

import re

# Month names and their abbreviations: a figure next to one is a date.
MONTHS = frozenset(
    """
    apr april aug august dec december feb february jan january jul july jun june mar march may nov
    november oct october sep sept september
    """.split()
)

# Words that end the search for a counted noun after a figure.
STOP_AFTER = frozenset(
    """
    a about across after ago all among an and are as at be been before both but by cent could did do
    does down during each earlier fewer for from had has have he her here his in into is it its
    without within despite amid
    later less may might more no not of off on or out over per percent she since so such than that
    the their then there these they this those times to up was we were which while who whom will
    with would you
    """.split()
)

# Words ending in -s that are not plural nouns.
NOT_NOUNS = frozenset(
    """
    access across address afterwards alias always analysis as basis besides bonus bus business
    campus census chaos citizens class congress crisis does gas has hers his is its less minus
    nevertheless news ones ours perhaps plus press process series sometimes status success this thus
    towards unless us was whereas yes yours
    """.split()
)

# Titles and descriptors before a name ("Ukrainian President Volodymyr Zelenskyy").
TITLES = frozenset(
    """
    acting adm admiral agent ambassador assistant associate attorney capt captain ceo chair chairman
    chairperson chairwoman
    chancellor charge chief col commander
    commander-in-chief defence defense deputy director dr envoy federal finance foreign former gen
    general gov governor head health information interior judge justice king lt manager mayor minister
    minister's mr mrs ms official officials president president-elect prime queen regional rep
    secretary sen senator senior sgt sheriff superintendent inspector commissioner principal professor prof
    spokesman spokesperson spokeswoman state top vice
    """.split()
)

# Words that make a name an organisation, not a person.
ORG_WORDS = frozenset(
    """
    administration agency airline army association authorities authority bank board center centre
    commission committee company congress corps council court data department force forces fund
    government group guard headquarters house institute intelligence kremlin military ministry
    network office organisation organization parliament pentagon police report senate service staff
    team union
    """.split()
)

# Auxiliaries and adverbs between a source and its verb ("The Pentagon had confirmed earlier").
AUX = frozenset(
    """
    already also are been could did earlier first friday had has have in initially is last later
    monday not now officially on previously publicly repeatedly reportedly said saturday separately
    sunday then this thursday today tuesday was wednesday week were will would yesterday
    """.split()
)

# Weekdays: report dates, not the time a figure is for.
WEEKDAYS = frozenset(
    """
    friday monday saturday sunday thursday tuesday wednesday
    """.split()
)

# Function words and number words: never a measurand term.
FUNCTION = frozenset(
    """
    a about according after all almost also an and another approximately are around as at be because
    been before being billion bn both but by cent could day did do does each eight estimated five
    for four friday from had has have he her him his hundred i if in into is it its just k last
    least like m may might million monday month more my nearly new nine no not now of on one only or
    other our out over own per percent roughly s said saturday say says seven she since six so some
    still such sunday ten than that the their them then there these they this those thousand three
    thursday to told trillion tuesday two up was we wednesday week were when where which while who
    whom will with would year years you your
    """.split()
)

# A pronoun or a verb of being or having run together with the next word ("I'll", "she's"): function
# words, never a measurand term (read with a straight or a curly apostrophe).
CONTRACTIONS = frozenset(
    """
    i'll i'm i've i'd you'll you're you've you'd he'll he's he'd she'll she's she'd it'll it's it'd
    we'll we're we've we'd they'll they're they've they'd that's there's here's what's who's
    """.split()
)

# Words that open a sentence after an abbreviation ending in a capital letter: "in Washington,
# D.C. The ..." ends a sentence, "the U.S. Attorney" does not.
SENTENCE_OPENERS = frozenset(
    """
    the he she it they we this these those there his her their its our but however in on at after
    """.split()
)

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    a approx apr ariz aug calif capt co col corp dec dr e est feb fig fla g ga gen gov i inc jan jr
    jul jun ky la lt ltd m mar mass md mich minn mr mrs ms mt no nov oct ore p pa penn prof rep s
    sen sep sept sgt sr st tex u va vs wash wis
    """.split()
)

# US states' abbreviations among ABBREVIATIONS: after a town and a comma, one ends its sentence
# when one of SENTENCE_OPENERS follows ("a clinic in Salem, Ore. The owner ..."; not "Salem, Ore.,
# police said" nor "Salem, Ore. Police said").
STATE_ABBREVIATIONS = frozenset(
    """
    ariz calif fla ga ky la mass md mich minn ore pa penn tex va wash wis
    """.split()
)

# A name's suffix among ABBREVIATIONS (a person's, or a company's): one ends its sentence when one of
# SENTENCE_OPENERS follows ("..., said Judge Ana Ruiz Jr. The ruling ..."; "... runs Harbour Goods
# Ltd. He says ..."; not "Ana Ruiz Jr. Day")
SUFFIX_ABBREVIATIONS = frozenset({"jr", "sr", "ltd", "inc", "corp", "co"})

# Capitalised words that make a place or a thing named after a person or firm whose name ends in a
# suffix ("King Jr. Boulevard", "Ruiz Jr. High School", "Jr. Day"): after the suffix one of these
# carries the name on, however a lower-case word follows it ("... Jr. Boulevard was closed")
NAME_HEADS = frozenset(
    """
    academy act airport arena avenue award boulevard bridge building center centre college day drive
    elementary expressway federal foundation freeway hall high highway holiday hospital institute
    library memorial middle park parkway plaza prize road school square stadium street tower
    university way
    """.split()
)

# Lower-case words that carry on a name after its capitalised word ("Bank of ...", "Lee and Sons",
# "van", "de"): after a name's suffix, a capitalised word followed by one of these is still the
# name ("Acme Co. Chairman of the Board"), not a new sentence's opener (see NAME_LINKS' reader in
# extraction/tokens.py)
NAME_LINKS = frozenset("of and for de del der da du la le van von y the".split())

# Verbs that say nothing of what a figure measures ("added 272,000 jobs", "health care added 68,000").
GENERIC_VERBS = frozenset(
    """
    add added adds adding came come comes gave give gives got get gets had has have having made make makes
    put puts recorded records reported reports showed shows shown took take takes saw see sees
    """.split()
)

# Prepositions before a place ("in Lyon", "near the border").
PLACE_PREPS = {"in", "at", "on", "near", "across", "inside", "around"}

# A year written out (1800-2099).
YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d)$")
