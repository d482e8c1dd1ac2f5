"""Generate a news-like benchmark corpus (deterministic with a seed; written to bench/corpus/, git-ignored).

    python bench/make_corpus.py                      # 2,400 articles + 300 paragraphs, seed 7
    python bench/make_corpus.py --articles 5000 --seed 1 --out /tmp/corpus

Writes:
  OUT/articles/NNNNN.txt   one article each: headline, blank line, paragraphs separated by blank lines
  OUT/paragraphs.txt       news-like paragraphs for the extraction benchmark, one per line
  OUT/manifest.jsonl       per article: desk, and the discrepancies planted in it (kind + surfaces)

Articles come from ten desks (conflict, wildfires, weather, energy, budgets, harvests, transport,
migration, health, elections) and state figures the ways copy does: digits with separators and
decimals, spelled-out numbers, scale words and abbreviations (million, billion, bn, m, k), money
in $, £, € and US$ before the number or as a currency word after it, km/miles, acres/hectares,
mph/km/h, tonnes, °C/°F, GW/MW, percentages and percentage points, ranges, vague amounts
("dozens of"), hedges (about, some, more than, at least, nearly, up to) and attributions ("X said",
"according to Y", "said Z", quotes, "he said"), among the non-claims news is full of (years,
dates, times, ordinals, model names). About a third of the articles carry one or two planted
discrepancies: transposed digits, a factor of 1,000, a wrong conversion, parts exceeding their
total, two sources disagreeing, a change that does not follow from its figures. The manifest
records each one with the surfaces involved.

Article i depends only on (seed, i): asking for more articles never changes the first ones.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus"

UNITS_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

FIRST = [
    "Maria",
    "Oleksandr",
    "Sarah",
    "James",
    "Amina",
    "Lukas",
    "Priya",
    "Tomasz",
    "Elena",
    "David",
    "Fatima",
    "Kenji",
    "Ana",
    "Mikhail",
    "Grace",
    "Pierre",
    "Ingrid",
    "Carlos",
    "Nadia",
    "Samuel",
]
FEMALE = {"Maria", "Sarah", "Amina", "Priya", "Elena", "Fatima", "Ana", "Grace", "Ingrid", "Nadia"}
LAST = [
    "Kovalenko",
    "Hughes",
    "Okafor",
    "Schmidt",
    "Raman",
    "Nowak",
    "Petrova",
    "Levy",
    "Haddad",
    "Tanaka",
    "Silva",
    "Orlov",
    "Mensah",
    "Dubois",
    "Larsen",
    "Ortega",
    "Karimi",
    "Brennan",
    "Costa",
    "Lindqvist",
]
ROLES = [
    "a spokeswoman for the regional administration",
    "the head of the emergency service",
    "a senior official",
    "the minister",
    "a spokesman for the agency",
    "the mayor",
    "an analyst at the institute",
    "the governor",
    "a senior economist",
    "the chief executive",
]
PLACES = [
    "Kharkiv",
    "Kursk",
    "Valencia",
    "Northern California",
    "Queensland",
    "Bavaria",
    "Punjab",
    "Alberta",
    "the Algarve",
    "Crete",
    "Sindh",
    "Oregon",
    "Lombardy",
    "Attica",
    "Victoria",
    "Saskatchewan",
    "Anatolia",
    "Galicia",
    "Minas Gerais",
    "the Rhône valley",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HEDGES = [
    "about ",
    "some ",
    "more than ",
    "at least ",
    "nearly ",
    "up to ",
    "roughly ",
    "almost ",
    "around ",
    "fewer than ",
]
VAGUE = ["dozens", "hundreds", "thousands", "tens of thousands"]

ORGS = {
    "conflict": [
        "the air force",
        "Ukraine's military",
        "the regional governor",
        "the General Staff",
        "the Pentagon",
        "local officials",
        "the defence ministry",
    ],
    "wildfire": ["the fire service", "state officials", "the forestry agency", "the county sheriff"],
    "weather": ["the weather service", "the emergency service", "local officials", "the interior ministry"],
    "energy": ["the energy regulator", "the developer", "the grid operator", "the energy ministry"],
    "budget": [
        "the finance ministry",
        "the Treasury",
        "the central bank",
        "the IMF",
        "the national statistics office",
    ],
    "harvest": ["the agriculture ministry", "the farmers' union", "the grain traders' association"],
    "transport": ["the transport department", "the rail operator", "the European Commission"],
    "migration": ["the Home Office", "the coast guard", "the United Nations", "the border agency"],
    "health": ["the health ministry", "the World Health Organization", "the public health agency"],
    "election": ["the electoral commission", "election observers", "the interior ministry"],
}


@dataclass
class Article:
    topic: str
    headline: str
    paragraphs: list[str] = field(default_factory=list)
    planted: list[dict[str, object]] = field(default_factory=list)

    def add(self, *sentences: str) -> None:
        self.paragraphs.append(" ".join(s for s in sentences if s))

    def plant(self, kind: str, *surfaces: str) -> None:
        self.planted.append({"kind": kind, "surfaces": list(surfaces)})

    def text(self) -> str:
        return self.headline + "\n\n" + "\n\n".join(self.paragraphs) + "\n"


# --------------------------------------------------------------------------- number wording


def words(n: int) -> str:
    """0..999 in words ('one hundred and forty-five')."""
    if n < 20:
        return UNITS_WORDS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS_WORDS[t] + ("-" + UNITS_WORDS[u] if u else "")
    h, r = divmod(n, 100)
    return UNITS_WORDS[h] + " hundred" + (" and " + words(r) if r else "")


def digits(n: float, decimals: int = 0) -> str:
    return f"{n:,.{decimals}f}"


def count(rng: random.Random, n: int) -> str:
    """A count as copy writes it: spelled out when small, digits with separators, or scale words."""
    if n <= 10 and rng.random() < 0.7:
        return words(n)
    if n == 12 and rng.random() < 0.5:
        return "a dozen"
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g} million"
    if n >= 10_000 and n % 1000 == 0 and rng.random() < 0.15:
        return f"{n // 1000:,}k" if rng.random() < 0.3 else f"{n // 1000:,} thousand"
    if n < 100 and rng.random() < 0.25:
        return words(n)
    return digits(n) if n >= 1000 or rng.random() < 0.9 else str(n)


def money(rng: random.Random, amount: float, cur: str | None = None) -> str:
    """Money in $, £, € or US$ with million/billion/bn/m, symbol first or currency word after."""
    cur = cur or rng.choice(["$", "$", "£", "€", "US$"])
    if amount >= 1e9:
        v, long_, short = amount / 1e9, "billion", "bn"
    elif amount >= 1e6:
        v, long_, short = amount / 1e6, "million", "m"
    else:
        return f"{cur}{digits(amount)}"
    vs = f"{v:g}"
    style = rng.random()
    if style < 0.45:
        return f"{cur}{vs} {long_}"
    if style < 0.8 and cur in ("£", "€", "$"):
        return f"{cur}{vs}{short}"
    word = {"$": "dollars", "US$": "dollars", "£": "pounds", "€": "euros"}[cur]
    return f"{vs} {long_} {word}"


def hedge(rng: random.Random, p: float = 0.45) -> str:
    return rng.choice(HEDGES) if rng.random() < p else ""


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def round_sig(x: float, sig: int = 2) -> float:
    if x == 0:
        return 0.0
    return round(x, -int(math.floor(math.log10(abs(x)))) + (sig - 1))


def transpose(n: int) -> int:
    """Swap two adjacent different digits of n (154 -> 145); n itself when impossible."""
    s = str(n)
    for i in range(len(s) - 1, 0, -1):
        if s[i] != s[i - 1] and not (i - 1 == 0 and s[i] == "0"):
            return int(s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :])
    return n


def person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def said(rng: random.Random, clause: str, who: str) -> str:
    """Attach an attribution: 'X said', 'according to X', 'said X', 'X said that', 'X told reporters'."""
    style = rng.randrange(5)
    if style == 0:
        return f"{clause}, {who} said."
    if style == 1:
        return f"{clause}, according to {who}."
    if style == 2:
        return f"{clause}, said {who}."
    if style == 3:
        return f"{cap(who)} said {clause[:1].lower() + clause[1:]}."
    return f"{cap(who)} told reporters that {clause[:1].lower() + clause[1:]}."


def org(rng: random.Random, topic: str) -> str:
    return rng.choice(ORGS[topic])


def noise(rng: random.Random) -> str:
    """A sentence of non-claims: years, dates, times, ordinals, model names."""
    year, month, day = rng.randint(1995, 2021), rng.choice(MONTHS), rng.randint(1, 28)
    return rng.choice(
        [
            f"The measures were first introduced in {year} and revised in {rng.randint(2022, 2024)}.",
            f"The statement was issued at {rng.randint(1, 11)}pm local time on {rng.choice(DAYS)}.",
            f"It was the {rng.choice(['second', 'third', 'fourth', 'fifth'])} such announcement since "
            f"{month} {rng.randint(2015, 2023)}.",
            "Officials compared the figures with those recorded during the COVID-19 pandemic.",
            f"Leaders are expected to discuss the issue at the G7 summit on {month} {day}.",
            f"A Boeing 737 carrying officials landed on {rng.choice(DAYS)} morning.",
            f"The committee will meet again on {day} {month}.",
            "Further details were expected later in the week.",
            f"Since {year}, the region has been governed under emergency rules.",
            f"Call the hotline on 0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)} for information.",
        ]
    )


def quote(rng: random.Random, topic: str) -> str:
    """A quote across sentences with a named speaker, then 'he/she said' for the follow-up."""
    name, last = person(rng)
    pron = "she" if name.split()[0] in FEMALE else "he"
    lines = {
        "conflict": (
            "“We are holding our positions, but the pressure is enormous,”",
            "“Every night they send more drones.”",
        ),
        "wildfire": (
            "“This fire is moving faster than anything we have seen,”",
            "“Crews have not slept for days.”",
        ),
        "weather": (
            "“People should stay indoors during the hottest hours,”",
            "“The next few days will be critical.”",
        ),
        "energy": (
            "“This is the biggest investment in clean power the country has made,”",
            "“It will take years to build.”",
        ),
        "budget": (
            "“These are difficult choices, but they are the right ones,”",
            "“We will not borrow to pay for day-to-day spending.”",
        ),
        "harvest": ("“The weather was kind to us this year,”", "“Prices, though, are another matter.”"),
        "transport": (
            "“The line will change how people live and work in the region,”",
            "“Construction starts next spring.”",
        ),
        "migration": ("“The crossings are getting more dangerous,”", "“Boats are more crowded than ever.”"),
        "health": ("“Vaccination is the best protection we have,”", "“Cases are still rising in schools.”"),
        "election": ("“Voters have given us a clear mandate,”", "“We will govern for everyone.”"),
    }[topic]
    weeks = count(rng, rng.randint(2, 6))
    return (
        f"{lines[0]} {name}, {rng.choice(ROLES)}, said. {lines[1]} {cap(pron)} added that the team would "
        f"report again in {weeks} weeks. {last} did not say how many people had been consulted."
    )


def backgrounds(rng: random.Random, topic: str) -> list[str]:
    """Paragraphs of context: ranges, vague amounts, figures from other years, hedges, money, shares."""
    lo = rng.randint(2, 40) * 10
    hi = lo + rng.randint(1, 10) * 10
    y = rng.randint(2010, 2022)
    place = rng.choice(PLACES)
    cur = rng.choice(["£", "$", "€"])
    return [
        f"Between {lo} and {hi} people attended a public meeting on the plans, {org(rng, topic)} said.",
        f"In {y}, {rng.choice(VAGUE)} of people were affected by a similar crisis, which cost "
        f"{money(rng, rng.randint(2, 900) * 1e6)}.",
        f"{cap(hedge(rng, 1.0))}{lo}-{hi} officials were expected to take part in talks in {place}.",
        f"Four or five further announcements are expected, {org(rng, topic)} said.",
        f"Over the past {count(rng, rng.randint(2, 10))} years the region has received "
        f"{money(rng, rng.randint(2, 90) * 1e6)} in aid, {rng.randint(2, 40)}% of it from abroad.",
        f"A survey of {digits(rng.randint(1000, 3000))} adults found that {rng.randint(30, 70)} per cent "
        f"supported the measures, while {rng.randint(5, 25)}% said they did not know.",
        f"The nearest town, {count(rng, rng.randint(10, 90))} miles away, has a population of "
        f"{hedge(rng)}{digits(rng.randint(5, 200) * 1000)}.",
        f"{cap(rng.choice(VAGUE))} of volunteers from {rng.choice(PLACES)} have offered help, and a fund "
        f"set up on {rng.choice(DAYS)} had raised {money(rng, rng.randint(100, 990) * 1000, cur)} by the "
        f"evening.",
        f"The region covers {digits(rng.randint(5, 90) * 1000)} square kilometres and is home to "
        f"{rng.randint(2, 9)}.{rng.randint(1, 9)} million people.",
        f"Officials said a further {hedge(rng, 0.7)}{money(rng, rng.randint(2, 50) * 1e6)} would be needed "
        f"within {count(rng, rng.randint(2, 12))} months.",
        f"Two years ago, the figure stood at {rng.randint(10, 90)}%, according to {org(rng, topic)}.",
        f"A third of those surveyed in {place} said conditions had worsened since {y}.",
    ]


def pad(rng: random.Random, a: Article) -> None:
    """Bring an article to a news-like length with quotes, context and non-claims."""
    extra = [quote(rng, a.topic), noise(rng) + " " + noise(rng)]
    extra += rng.sample(backgrounds(rng, a.topic), rng.randint(3, 7))
    if rng.random() < 0.6:
        extra.append(quote(rng, a.topic))
    rng.shuffle(extra)
    for p in extra:
        a.paragraphs.insert(rng.randint(2, len(a.paragraphs)), p)


# --------------------------------------------------------------------------- desks


def conflict(rng: random.Random, plant: set[str]) -> Article:
    place = rng.choice(["Kharkiv", "Kursk", "Donetsk", "Zaporizhzhia", "the Sumy region"])
    drones = rng.randint(40, 220)
    shot = rng.randint(drones // 2, drones - 1)
    killed = rng.randint(3, 40)
    children, women = rng.randint(1, max(1, killed // 3)), rng.randint(1, max(1, killed // 3))
    troops = rng.choice([5, 8, 10, 11, 12, 15, 20, 30, 40, 50]) * 1000
    area_mi = rng.choice([200, 300, 400, 500, 600, 800])
    name, last = person(rng)
    a = Article("conflict", f"{cap(count(rng, drones))} drones launched overnight at {place}")
    missiles = count(rng, rng.randint(2, 9))
    a.add(
        said(
            rng,
            f"Russia launched {drones} drones and {missiles} missiles overnight, of which {shot} "
            f"drones were shot down",
            org(rng, "conflict"),
        )
    )
    if "parts_exceed" in plant:
        c2, w2 = killed // 2 + 3, killed // 2 + 4
        a.add(
            f"{cap(count(rng, killed))} civilians were killed, including {c2} children and {w2} women, "
            f"local officials said."
        )
        a.plant("parts_exceed", f"{c2} children", f"{w2} women")
    else:
        a.add(
            f"At least {count(rng, killed)} civilians were killed, including {count(rng, children)} "
            f"children and {count(rng, women)} women, local officials said."
        )
    wrong = "wrong_conversion" in plant
    sqkm = digits(round(area_mi * 1.609)) if wrong else digits(round_sig(area_mi * 2.58999))
    if "wrong_conversion" in plant:
        a.plant("wrong_conversion", f"{area_mi} square miles", f"{sqkm} sq km")
    a.add(
        f"{name}, {rng.choice(ROLES)}, said troops now held {hedge(rng)}{area_mi} square miles "
        f"({sqkm} sq km) of territory."
    )
    if "sources_disagree" in plant:
        other = troops + rng.choice([3000, 5000, 10000])
        a.add(
            f"The Pentagon said {digits(troops)} North Korean soldiers had been deployed to the region.",
            f"{last} said the number of North Korean soldiers was {digits(other)}.",
        )
        a.plant("sources_disagree", digits(troops), digits(other))
    else:
        a.add(
            f"The Pentagon said {hedge(rng)}{digits(troops)} North Korean soldiers had been deployed "
            f"to the region, and that {rng.choice(['dozens', 'hundreds'])} had been wounded."
        )
    a.add(noise(rng), f"Tens of thousands of people have fled the area since {rng.choice(MONTHS)}.")
    front = rng.randint(800, 1200)
    a.add(
        f"The front line stretches for {hedge(rng, 0.8)}{digits(front)} km "
        f"({digits(round_sig(front * 0.621371))} miles), {org(rng, 'conflict')} said."
    )
    later = drones
    if "transposed" in plant and transpose(drones) != drones:
        later = transpose(drones)
        a.plant("transposed", f"{drones} drones", f"{later} drones")
    a.add(
        f"In all, {later} drones were launched in the attack, the heaviest since {rng.randint(2022, 2023)}."
    )
    return a


def wildfire(rng: random.Random, plant: set[str]) -> Article:
    place = rng.choice(["Northern California", "Oregon", "Alberta", "Queensland", "Victoria", "Crete"])
    acres = rng.choice(range(5000, 120000, 500))
    fighters, homes = rng.randint(300, 4000), rng.randint(10, 900)
    contained, wind = rng.randint(5, 85), rng.randint(25, 70)
    a = Article("wildfire", f"Wildfire in {place} grows to {digits(acres)} acres")
    wrong = "wrong_conversion" in plant
    ha = digits(round(acres * 2.47)) if wrong else digits(round_sig(acres * 0.404686, 3))
    if "wrong_conversion" in plant:
        a.plant("wrong_conversion", f"{digits(acres)} acres", f"{ha} hectares")
    a.add(said(rng, f"The fire has burned {digits(acres)} acres ({ha} hectares)", org(rng, "wildfire")))
    a.add(
        f"{cap(hedge(rng, 0.6))}{digits(fighters)} firefighters were battling the blaze, which was "
        f"{contained}% contained on {rng.choice(DAYS)}, and {count(rng, homes)} homes had been destroyed."
    )
    if "wrong_conversion" in plant and rng.random() < 0.5:
        a.add(f"Winds gusting up to {wind} mph ({round(wind * 1.3)} km/h) fanned the flames.")
        a.plant("wrong_conversion", f"{wind} mph", f"{round(wind * 1.3)} km/h")
    else:
        a.add(
            f"Winds gusting up to {wind} mph ({round(wind * 1.609344)} km/h) fanned the flames, and "
            f"temperatures reached {rng.randint(95, 110)}°F."
        )
    ev = rng.choice([2, 3, 5, 8, 12, 15, 20, 25]) * 1000
    if "factor_1000" in plant:
        first = count(rng, ev)
        a.add(
            f"{cap(first)} residents were ordered to evacuate.",
            f"By the evening the order covered {ev // 1000} million residents, {org(rng, 'wildfire')} said.",
        )
        a.plant("factor_1000", first, f"{ev // 1000} million residents")
    else:
        a.add(
            f"{cap(hedge(rng))}{digits(ev)} residents were ordered to evacuate, and "
            f"{rng.choice(['dozens', 'hundreds'])} of roads were closed."
        )
    a.add(said(rng, f"Damage was estimated at {money(rng, rng.randint(20, 900) * 1e6, '$')}", person(rng)[0]))
    a.add(noise(rng))
    return a


def weather(rng: random.Random, plant: set[str]) -> Article:
    place = rng.choice(PLACES)
    c = rng.randint(34, 47)
    rain, evac = rng.randint(40, 300), rng.randint(200, 9000)
    a = Article("weather", f"Heatwave and storms: {place} records {c}C")
    f = round(c * 9 / 5) if "wrong_conversion" in plant else round(c * 9 / 5 + 32)
    if "wrong_conversion" in plant:
        a.plant("wrong_conversion", f"{c}°C", f"{f}°F")
    a.add(
        said(rng, f"Temperatures reached {c}°C ({f}°F) in {place} on {rng.choice(DAYS)}", org(rng, "weather"))
    )
    a.add(
        f"Storms later dumped {rain} mm of rain in {count(rng, rng.randint(2, 9))} hours, and winds of "
        f"{rng.randint(60, 140)} km/h brought down power lines."
    )
    name, last = person(rng)
    if "transposed" in plant and transpose(evac) != evac:
        a.add(f"{name}, {rng.choice(ROLES)}, said {digits(evac)} people had been evacuated.")
        a.add(
            f"{last} said the {digits(transpose(evac))} people who had been evacuated would be housed in "
            f"schools."
        )
        a.plant("transposed", digits(evac), digits(transpose(evac)))
    else:
        a.add(
            f"{name}, {rng.choice(ROLES)}, said {hedge(rng)}{digits(evac)} people had been evacuated and "
            f"{rng.choice(['dozens', 'hundreds', 'thousands'])} were without power."
        )
    a.add(
        noise(rng), f"The previous record, {c - rng.randint(1, 3)}°C, was set in {rng.randint(1990, 2019)}."
    )
    return a


def energy(rng: random.Random, plant: set[str]) -> Article:
    gw = rng.choice([1.2, 1.5, 2, 2.4, 3, 3.2, 4, 5.5])
    cost = rng.choice([1.2, 2.5, 3.5, 4, 6.8, 9, 12]) * 1e9
    cur = rng.choice(["£", "€", "$"])
    homes = rng.choice([1.5, 2, 2.5, 3, 4])
    a = Article("energy", f"{gw:g}GW wind farm approved off {rng.choice(PLACES)}")
    cost_s = money(rng, cost, cur)
    a.add(
        said(
            rng,
            f"The {gw:g}GW offshore wind farm will cost {cost_s} and power {hedge(rng)}{homes:g} "
            f"million homes",
            org(rng, "energy"),
        )
    )
    if "factor_1000" in plant:
        a.add(
            f"The project's {int(gw * 1000):,} MW of turbines would be the largest in Europe.",
            f"Its final cost, {cur}{cost / 1e9:g}m, is to be shared by {count(rng, rng.randint(2, 5))} "
            f"investors.",
        )
        a.plant("factor_1000", cost_s, f"{cur}{cost / 1e9:g}m")
    else:
        a.add(
            f"The project's {int(gw * 1000):,} MW of turbines would be among the largest in Europe, with "
            f"{rng.randint(80, 200)} turbines."
        )
    a.add(
        said(
            rng,
            f"It would cut emissions by {hedge(rng)}{rng.randint(2, 9)} million tonnes of CO2 a year",
            person(rng)[0],
        )
    )
    old = rng.randint(20, 40)
    new = old + rng.randint(2, 9)
    pts = new - old + (rng.randint(2, 4) if "percent_change" in plant else 0)
    if "percent_change" in plant:
        a.plant("percent_change", f"{new}%", f"{old}%", f"{pts} percentage points")
    a.add(
        f"Renewables' share of the power supply rose to {new}% from {old}%, an increase of {pts} "
        f"percentage points."
    )
    a.add(noise(rng))
    return a


def budget(rng: random.Random, plant: set[str]) -> Article:
    cur = rng.choice(["£", "€", "$"])
    total = rng.choice([20, 35, 48, 60, 75, 120]) * 1e9
    a = Article("budget", f"Government unveils {money(rng, total, cur)} spending plan")
    a.add(
        said(
            rng,
            f"The government will spend {money(rng, total, cur)} over "
            f"{count(rng, rng.choice([3, 4, 5]))} years",
            "the finance minister",
        )
    )
    h = round(total / 1e9 * rng.uniform(0.2, 0.35), 1)
    d = round(total / 1e9 * rng.uniform(0.1, 0.25), 1)
    if "parts_exceed" in plant:
        h, d = round(total / 1e9 * 0.7, 1), round(total / 1e9 * 0.5, 1)
        a.plant("parts_exceed", f"{cur}{h:g}bn", f"{cur}{d:g}bn")
    a.add(
        f"Of the total, {cur}{h:g}bn will go to health and {cur}{d:g}bn to defence, "
        f"{org(rng, 'budget')} said."
    )
    growth = round(rng.uniform(0.3, 3.5), 1)
    a.add(
        said(
            rng,
            f"The economy is expected to grow {growth}% this year and "
            f"{round(growth + rng.uniform(-0.5, 0.8), 1)} per cent next year",
            org(rng, "budget"),
        )
    )
    jobs = rng.choice([10, 25, 40, 60, 100, 150]) * 1000
    if "sources_disagree" in plant:
        other = jobs // 2
        a.add(
            f"The Treasury said the plan would create {digits(jobs)} jobs.",
            f"Unions said it would create only {digits(other)} jobs.",
        )
        a.plant("sources_disagree", f"{digits(jobs)} jobs", f"{digits(other)} jobs")
    else:
        a.add(
            f"The Treasury said the plan would create {hedge(rng)}{digits(jobs)} jobs, though economists "
            f"said {rng.choice(['thousands', 'tens of thousands'])} more were at risk."
        )
    a.add(noise(rng))
    return a


def harvest(rng: random.Random, plant: set[str]) -> Article:
    t = rng.randint(20, 80)
    prev = max(10, round(t * rng.uniform(0.8, 1.2)))
    ha = rng.randint(2, 15)
    price = rng.randint(180, 320)
    a = Article("harvest", f"Grain harvest reaches {t} million tonnes")
    a.add(
        said(
            rng,
            f"Farmers harvested {hedge(rng)}{t} million tonnes of grain this year, compared with "
            f"{prev} million tonnes last year",
            org(rng, "harvest"),
        )
    )
    shown = round(abs(t - prev) / prev * 100)
    if "percent_change" in plant:
        shown += rng.randint(4, 9)
        a.plant("percent_change", f"{shown}%")
    a.add(
        f"That is a {'rise' if t >= prev else 'fall'} of {shown}%, on {hedge(rng)}{ha} million hectares "
        f"({round_sig(ha * 2.47105, 3):g} million acres) of farmland."
    )
    a.add(
        said(rng, f"Wheat sold for ${price} a tonne, up from ${price - rng.randint(5, 40)}", person(rng)[0])
    )
    a.add(
        f"{rng.choice(['Dozens', 'Hundreds'])} of farms in {rng.choice(PLACES)} reported losses.", noise(rng)
    )
    return a


def transport(rng: random.Random, plant: set[str]) -> Article:
    km = rng.randint(80, 600)
    speed = rng.choice([250, 300, 320, 350])
    cost = rng.choice([4.5, 8, 12, 22, 35, 80]) * 1e9
    pax = rng.randint(5, 40)
    a = Article("transport", f"High-speed line of {km} km gets go-ahead")
    mi = round(km * 1.609) if "wrong_conversion" in plant else round(km * 0.621371)
    if "wrong_conversion" in plant:
        a.plant("wrong_conversion", f"{km} km", f"{mi} miles")
    a.add(f"The {km} km ({mi} miles) line will link {count(rng, rng.randint(3, 9))} cities.")
    a.add(
        said(
            rng,
            f"Trains will run at up to {speed} km/h ({round(speed * 0.621371)} mph)",
            org(rng, "transport"),
        )
    )
    cost_s = money(rng, cost, "€")
    if "factor_1000" in plant:
        a.add(
            f"The line will cost {cost_s}.",
            f"Critics said {cost / 1e9:g} million euros was too much "
            f"for a line carrying {pax} million passengers a year.",
        )
        a.plant("factor_1000", cost_s, f"{cost / 1e9:g} million euros")
    else:
        a.add(f"The line will cost {cost_s} and carry {hedge(rng)}{pax} million passengers a year.")
    a.add(noise(rng))
    return a


def migration(rng: random.Random, plant: set[str]) -> Article:
    people, boats = rng.randint(8_000, 45_000), rng.randint(150, 900)
    prev = int(people * rng.uniform(0.6, 1.4))
    a = Article("migration", f"Channel crossings: {digits(people)} people this year")
    a.add(
        said(
            rng,
            f"{digits(people)} people crossed the Channel in {count(rng, boats)} small boats this year",
            org(rng, "migration"),
        )
    )
    shown = round(abs(people - prev) / prev * 100)
    if "percent_change" in plant:
        shown += rng.randint(5, 12)
        a.plant("percent_change", f"{shown}%", digits(prev))
    a.add(
        f"That is {shown}% {'more' if people >= prev else 'fewer'} than the {digits(prev)} recorded "
        f"over the same period last year."
    )
    kids = rng.choice(["hundreds", "thousands"])
    if "transposed" in plant and transpose(people) != people:
        a.add(
            f"Of the {digits(transpose(people))} who arrived, {kids} were children, "
            f"{org(rng, 'migration')} said."
        )
        a.plant("transposed", digits(people), digits(transpose(people)))
    else:
        a.add(f"Of those who arrived, {kids} were children, {org(rng, 'migration')} said.")
    a.add(f"An average of {round(people / boats)} people were packed into each boat.", noise(rng))
    return a


def health(rng: random.Random, plant: set[str]) -> Article:
    cases, deaths = rng.randint(300, 9000), rng.randint(3, 80)
    hosp = rng.randint(deaths + 10, deaths + 400)
    doses = rng.choice([0.5, 1, 1.2, 2, 3.5])
    a = Article("health", f"Measles cases rise to {digits(cases)}")
    name, _ = person(rng)
    if "sources_disagree" in plant:
        first, other = count(rng, deaths), deaths + rng.randint(5, 20)
        a.add(
            f"The health ministry said {first} people had died.",
            f"{name}, {rng.choice(ROLES)}, said {other} people had died.",
        )
        a.plant("sources_disagree", first, str(other))
    else:
        a.add(
            said(
                rng,
                f"{digits(cases)} cases and {count(rng, deaths)} deaths have been recorded",
                org(rng, "health"),
            )
        )
    a.add(
        f"{cap(hedge(rng))}{hosp} people were treated in hospital, and "
        f"{money(rng, rng.randint(5, 90) * 1e6)} was set aside for the response."
    )
    if "parts_exceed" in plant:
        kids, adults = cases // 2 + rng.randint(50, 200), cases // 2 + rng.randint(50, 200)
        a.add(
            f"Of the {digits(cases)} cases, {digits(kids)} were children and {digits(adults)} were adults, "
            f"{name}, {rng.choice(ROLES)}, said."
        )
        a.plant("parts_exceed", digits(kids), digits(adults))
    else:
        a.add(
            f"Of the {digits(cases)} cases, {digits(cases * 3 // 5)} were children, {name}, "
            f"{rng.choice(ROLES)}, said."
        )
    a.add(
        said(
            rng,
            f"{doses:g} million doses of vaccine would be delivered by {rng.choice(MONTHS)}",
            org(rng, "health"),
        )
    )
    a.add(noise(rng))
    return a


def election(rng: random.Random, plant: set[str]) -> Article:
    seats = rng.choice([150, 200, 300, 400, 450, 600])
    win = rng.randint(seats // 3, seats // 2 + 40)
    turnout = round(rng.uniform(45, 78), 1)
    prev_turn = round(turnout + rng.uniform(-6, 6), 1)
    votes = rng.randint(2, 20) * 1_000_000 + rng.randint(0, 999) * 1000
    a = Article("election", f"Ruling party wins {win} of {seats} seats")
    a.add(
        said(
            rng,
            f"The ruling party won {win} of the {seats} seats in parliament with {digits(votes)} votes",
            org(rng, "election"),
        )
    )
    diff = round(turnout - prev_turn, 1)
    shown = round(abs(diff) + (rng.choice([2, 3, 4]) if "percent_change" in plant else 0), 1)
    if "percent_change" in plant:
        a.plant("percent_change", f"{turnout}%", f"{shown:g} percentage points")
    a.add(
        f"Turnout was {turnout}%, {'up' if diff >= 0 else 'down'} {shown:g} percentage points from "
        f"{prev_turn}% at the previous election."
    )
    opp = seats - win - rng.randint(5, 30)
    if "parts_exceed" in plant:
        opp = seats - win + rng.randint(10, 40)
        a.plant("parts_exceed", f"{win} of the {seats} seats", f"{opp} seats")
    a.add(f"The main opposition bloc took {opp} seats, {person(rng)[0]}, {rng.choice(ROLES)}, said.")
    a.add(f"{rng.choice(['Dozens', 'Hundreds'])} of observers monitored the vote.", noise(rng))
    return a


Desk = Callable[[random.Random, set[str]], Article]
DESKS: list[tuple[Desk, list[str]]] = [
    (conflict, ["parts_exceed", "wrong_conversion", "sources_disagree", "transposed"]),
    (wildfire, ["wrong_conversion", "factor_1000"]),
    (weather, ["wrong_conversion", "transposed"]),
    (energy, ["factor_1000", "percent_change"]),
    (budget, ["parts_exceed", "sources_disagree"]),
    (harvest, ["percent_change"]),
    (transport, ["wrong_conversion", "factor_1000"]),
    (migration, ["percent_change", "transposed"]),
    (health, ["sources_disagree", "parts_exceed"]),
    (election, ["percent_change", "parts_exceed"]),
]


def article(seed: int, i: int, planted_share: float = 0.35) -> Article:
    """Article number i of the corpus for `seed`."""
    rng = random.Random(f"numcheck-bench:{seed}:{i}")
    make, kinds = DESKS[rng.randrange(len(DESKS))]
    plant: set[str] = set()
    if rng.random() < planted_share:
        plant.add(rng.choice(kinds))
        if rng.random() < 0.2:
            plant.add(rng.choice(kinds))
    a = make(rng, plant)
    pad(rng, a)
    return a


def paragraphs(n: int = 300, seed: int = 7) -> list[str]:
    """n news-like paragraphs (one string each), taken from articles of another seed than the corpus."""
    out: list[str] = []
    i = 0
    while len(out) < n:
        out.extend(article(seed + 1_000_003, i).paragraphs)
        i += 1
    return out[:n]


def make(out: Path, n_articles: int = 2400, n_paragraphs: int = 300, seed: int = 7) -> dict[str, object]:
    """Write the corpus under `out` (replacing the articles a previous run wrote there)."""
    arts = out / "articles"
    if arts.exists():
        shutil.rmtree(arts)
    arts.mkdir(parents=True)
    kinds: dict[str, int] = {}
    topics: dict[str, int] = {}
    size = 0
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as man:
        for i in range(n_articles):
            a = article(seed, i)
            name = f"{i:05d}.txt"
            text = a.text()
            size += len(text.encode())
            (arts / name).write_text(text, encoding="utf-8")
            topics[a.topic] = topics.get(a.topic, 0) + 1
            for p in a.planted:
                kinds[str(p["kind"])] = kinds.get(str(p["kind"]), 0) + 1
            man.write(
                json.dumps(
                    {"path": f"articles/{name}", "topic": a.topic, "planted": a.planted}, ensure_ascii=False
                )
                + "\n"
            )
    paras = paragraphs(n_paragraphs, seed)
    (out / "paragraphs.txt").write_text("\n".join(paras) + "\n", encoding="utf-8")
    return {
        "articles": n_articles,
        "with_planted": sum(1 for _ in open(out / "manifest.jsonl") if '"planted": []' not in _),
        "paragraphs": len(paras),
        "bytes": size,
        "mean_bytes": round(size / max(1, n_articles)),
        "topics": topics,
        "planted": kinds,
        "seed": seed,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=2400)
    ap.add_argument("--paragraphs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    info = make(args.out, args.articles, args.paragraphs, args.seed)
    print(json.dumps(info, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
