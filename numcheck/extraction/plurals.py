"""The singular of a noun (`singular_noun`), with the irregular plurals."""

from __future__ import annotations

IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "personnel": "personnel",
    "police": "police",
    "staff": "staff",
    "crew": "crew",
    "feet": "foot",
    "lives": "life",
    "casualties": "casualty",
    "militaries": "military",
    "enemies": "enemy",
    "bodies": "body",
    "families": "family",
    "countries": "country",
    "facilities": "facility",
    "cities": "city",
    "injuries": "injury",
    "fatalities": "fatality",
    "deaths": "death",
    "species": "species",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "wolves": "wolf",
    "halves": "half",
    "shelves": "shelf",
    "calves": "calf",
    # plurals in -oes ("shoes", "toes" and "foes" lose only their s)
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "echoes": "echo",
    "vetoes": "veto",
    "torpedoes": "torpedo",
    "volcanoes": "volcano",
    "mosquitoes": "mosquito",
    "embargoes": "embargo",
    "cargoes": "cargo",
    # plurals in -ies of nouns in -ie, and "series"
    "series": "series",
    "movies": "movie",
    "cookies": "cookie",
    "zombies": "zombie",
    "rookies": "rookie",
    "sorties": "sortie",
    "brownies": "brownie",
    "selfies": "selfie",
    "goalies": "goalie",
    "calories": "calorie",
    "prairies": "prairie",
    "smoothies": "smoothie",
    "hoodies": "hoodie",
    "freebies": "freebie",
    "newbies": "newbie",
    "junkies": "junkie",
    "techies": "techie",
    "birdies": "birdie",
    "bogies": "bogie",
    # plurals in -ses of nouns in -s or -sis (not "houses", "cases", "nurses": those lose an s)
    "buses": "bus",
    "gases": "gas",
    "viruses": "virus",
    "bonuses": "bonus",
    "campuses": "campus",
    "statuses": "status",
    "censuses": "census",
    "surpluses": "surplus",
    "circuses": "circus",
    "lenses": "lens",
    "fetuses": "fetus",
    "crises": "crisis",
    "analyses": "analysis",
    "theses": "thesis",
    "diagnoses": "diagnosis",
    "hypotheses": "hypothesis",
    "syntheses": "synthesis",
}


def singular_noun(word: str) -> str:
    """'soldiers' -> 'soldier', 'people' -> 'people', 'North Korean soldiers' -> 'soldier'."""
    w = word.split()[-1] if word.split() else word
    low = w.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("men") and len(low) > 5 and not low.endswith(("imen", "omen")):
        return low[:-3] + "man"  # "policemen", "gunmen"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and (len(low) > 3 or (len(w) == 3 and w[:2].isupper())):
        return low[:-1]  # "soldiers", "MPs"
    return low
