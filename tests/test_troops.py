"""Troop counts: sentence and its numbers in, troop rows out (issue 5).

The numbers are given as Quantity inputs built here (the quantities extractor's job is
tested in its own file), so that these tests fail only for the troops stage. Every
sentence is written for this file. A row checks, for each number, either that it stays a
plain number (NOT) or the troop columns unit, actor, event and location, all four.
Known misses are xfail(strict=True).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.troops import troop_counts
from pipeline.records import TROOP_EVENTS, Quantity
from pipeline.segment import sentence_spans

NOT = None
Num = tuple[str, float | None]  # raw as written, value


def troops(unit: str, actor: str = "", event: str = "", location: str = "") -> dict[str, str]:
    return {"unit": unit, "actor": actor, "event": event, "location": location}


def quantities_of(text: str, numbers: list[Num]) -> list[Quantity]:
    """Quantities for the numbers of `text`, in order (a raw found after the previous one)."""
    found, at = [], 0
    for raw, value in numbers:
        start = text.index(raw, at)
        found.append(
            Quantity(kind="number", start=start, end=start + len(raw), raw=raw, value=value)
        )
        at = start + len(raw)
    return found


def run(text: str, numbers: list[Num]) -> list[Quantity]:
    return troop_counts(text, sentence_spans(text), quantities_of(text, numbers))


Row = tuple[str, list[Num], list[dict[str, str] | None]]

CASES: dict[str, list[Row]] = {
    "men fallen in a fight are troops; other men are people": [
        (
            "Tehran said its forces attacked at dawn. It said Iraq lost at least 2,000 men "
            "killed or wounded and another 150 captured.",
            [("2,000", 2000), ("150", 150)],
            # (an elided count does not lean on "men": "the men were in the army, and 12 ...")
            [troops("men", "Iraq", "killed_or_wounded"), NOT],
        ),
        ("The court heard the case of four men accused of fraud.", [("four", 4)], [NOT]),
        ("Two men were killed when soldiers opened fire.", [("Two", 2)], [NOT]),
        (
            "Police said the men served in the army, and 12 were wounded.",
            [("12", 12)],
            [NOT],
        ),
        ("The blast killed 12 men, women and children in the village.", [("12", 12)], [NOT]),
    ],
    "elite corps by name, and prisoners of war": [
        (
            "Baghdad said it killed 9,000 Iranian Revolutionary Guards near Basra.",
            [("9,000", 9000)],
            [troops("Revolutionary Guards", "Iranian", "killed", "near Basra")],
        ),
        (
            "Some 140 prisoners of war were taken in the fighting.",
            [("140", 140)],
            [troops("prisoners of war", "", "captured")],
        ),
    ],
    "troop nouns after the number": [
        ("Officials said 10,000 troops had crossed.", [("10,000", 1e4)], [troops("troops")]),
        (
            "Nepal sent a company of 150 Gurkhas to the island.",
            [("150", 150)],
            [troops("Gurkhas", "Nepal", "deployed", "to the island")],
        ),
        (
            "Seoul says more than 10,000 North Korean soldiers were sent to Russia.",
            [("10,000", 1e4)],
            [troops("soldiers", "North Korean", "deployed", "to Russia")],
        ),
        (
            "Moscow flew 1,500 marines to the port of Tartus.",
            [("1,500", 1500)],
            [troops("marines", "Moscow", "deployed", "to the port of Tartus")],
        ),
        (
            "Some 400 Belgian paratroopers arrived in Kinshasa on Friday.",
            [("400", 400)],
            [troops("paratroopers", "Belgian", "deployed", "in Kinshasa")],
        ),
        (
            "The base houses 2,300 American servicemen.",
            [("2,300", 2300)],
            [troops("servicemen", "American")],
        ),
        (
            "Kyiv called up 20,000 reservists in the east.",
            [("20,000", 2e4)],
            [troops("reservists", "Kyiv", "", "in the east")],
        ),
        (
            "The army will draft 6,000 conscripts this spring.",
            [("6,000", 6000)],
            [troops("conscripts")],
        ),
        (
            "Nine Indian peacekeepers were killed in South Sudan.",
            [("Nine", 9)],
            [troops("peacekeepers", "Indian", "killed", "in South Sudan")],
        ),
        (
            "Clashes left 12 Kurdish fighters dead near Kobani.",
            [("12", 12)],
            [troops("fighters", "Kurdish", "killed", "near Kobani")],
        ),
        (
            "Air strikes killed 35 militants in the valley.",
            [("35", 35)],
            [troops("militants", "", "killed", "in the valley")],
        ),
        (
            "Rwanda sent 3,000 extra African Union (AU) troops to Darfur.",
            [("3,000", 3000)],
            [troops("troops", "African Union", "deployed", "to Darfur")],
        ),
        (
            "Pyongyang's 11,000 soldiers fought in Kursk.",
            [("11,000", 11000)],
            [troops("soldiers", "Pyongyang's", "", "in Kursk")],
        ),
        (
            "Ukraine's 5,000 troops pulled out of the town.",
            [("5,000", 5000)],
            [troops("troops", "Ukraine's", "withdrawn", "out of the town")],
        ),
        (
            "Canada says it will withdraw its 850 soldiers from Latvia.",
            [("850", 850)],
            [troops("soldiers", "Canada", "withdrawn", "from Latvia")],
        ),
        (
            "Rebels captured 14 Malian soldiers near Kidal.",
            [("14", 14)],
            [troops("soldiers", "Malian", "captured", "near Kidal")],
        ),
        (
            "Two Russian soldiers were taken prisoner in Kharkiv.",
            [("Two", 2)],
            [troops("soldiers", "Russian", "captured", "in Kharkiv")],
        ),
        (
            "Three Turkish soldiers were wounded in a blast.",
            [("Three", 3)],
            [troops("soldiers", "Turkish", "wounded", "")],
        ),
        (
            "The attack killed 40 of its soldiers, Addis Ababa said.",
            [("40", 40)],
            [troops("soldiers", "Addis Ababa", "killed", "")],
        ),
        (
            "The remains of 25 soldiers of Syria's regular army were found.",
            [("25", 25)],
            [troops("soldiers", "Syria's", "", "")],
        ),
        (
            "Washington will keep 2,500 US-led coalition troops in Iraq.",
            [("2,500", 2500)],
            [troops("troops", "US-led coalition", "", "in Iraq")],
        ),
        ("One Dutch soldier died on patrol.", [("One", 1)], [troops("soldier", "Dutch", "killed")]),
        (
            "The 5,000 troops withdrew from the town.",
            [("5,000", 5000)],
            [troops("troops", "", "withdrawn", "from the town")],
        ),
    ],
    "forces, contingents and other wordings": [
        (
            "Russia has massed a force of 11,000 on the border.",
            [("11,000", 11000)],
            [troops("force", "Russia", "deployed", "on the border")],
        ),
        (
            "Russia deployed an 11,000-strong contingent to the region.",
            [("11,000", 11000)],
            [troops("contingent", "Russia", "deployed", "to the region")],
        ),
        # "strong" may be written apart, and the number may carry its scale
        (
            "The 250,000 strong army of Chad is on alert.",
            [("250,000", 250000)],
            [troops("army", "Chad", "", "")],
        ),
        (
            "Its 1.2-mln strong regular army grows rice.",
            [("1.2-mln", 1.2e6)],
            [troops("army", "", "", "")],
        ),
        (
            "Troops numbering 12,000 have entered Kursk.",
            [("12,000", 12000)],
            [troops("Troops", "", "", "")],
        ),
        (
            "Washington will cut troop levels to 130,000 by May.",
            [("130,000", 130000)],
            [troops("troops", "Washington", "withdrawn", "")],
        ),
        (
            "About 900 military personnel were flown to the island.",
            [("900", 900)],
            [troops("military personnel", "", "deployed", "to the island")],
        ),
        (
            "The navy said 300 personnel on the frigate were safe.",
            [("300", 300)],
            [troops("personnel")],
        ),
    ],
    "casualties": [
        (
            # the men are what is counted; the force names whose they are
            "Scouts reported a Ruritanian force of some 2,500 men was abandoning the pass.",
            [("2,500", 2500)],
            [troops("men", "Ruritanian", "withdrawn", "")],
        ),
        (
            "About 4,000 North Korean soldiers were killed or wounded, with 300 killed and "
            "2,700 wounded among them.",
            [("4,000", 4000), ("300", 300), ("2,700", 2700)],
            [
                troops("soldiers", "North Korean", "killed_or_wounded"),
                troops("soldiers", "North Korean", "killed"),
                troops("soldiers", "North Korean", "wounded"),
            ],
        ),
        (
            "It was the worst week for British troops in Helmand, with at least 14 losing "
            "their lives.",
            [("14", 14)],
            [troops("troops", "British", "killed", "in Helmand")],
        ),
        (
            "The bombing killed six soldiers and a civilian and wounded 25 more.",
            [("six", 6), ("25", 25)],
            [troops("soldiers", "", "killed"), NOT],
        ),
        (
            "The blast wounded 30 people, including four French soldiers.",
            [("30", 30), ("four", 4)],
            [NOT, troops("soldiers", "French", "wounded")],
        ),
        (
            "The toll rose to 17 Afghans and two Spanish soldiers.",
            [("17", 17), ("two", 2)],
            [NOT, troops("soldiers", "Spanish", "killed")],
        ),
    ],
    # written in one go before the code saw them: 16 of 25 rows (56 of 69 actor/event/
    # location fields) were right then; the fixes they led to are general rules.
    "held-out sentences": [
        (
            "Britain is sending 250 extra troops to Estonia.",
            [("250", 250)],
            [troops("troops", "Britain", "deployed", "to Estonia")],
        ),
        (
            "More than 1,000 Ukrainian soldiers surrendered in Mariupol, Moscow said.",
            [("1,000", 1000)],
            [troops("soldiers", "Ukrainian", "captured", "in Mariupol")],
        ),
        (
            "At least 17 Nigerien soldiers died in an ambush near the Malian border.",
            [("17", 17)],
            [troops("soldiers", "Nigerien", "killed", "near the Malian border")],
        ),
        (
            "Germany will station a 4,800-strong brigade in Lithuania.",
            [("4,800", 4800)],
            [troops("brigade", "Germany", "", "in Lithuania")],
        ),
        (
            "The Pentagon said 34 service members suffered brain injuries.",
            [("34", 34)],
            [troops("service members", "", "wounded", "")],
        ),
        (
            "Some 2,000 Wagner fighters pulled out of Bakhmut.",
            [("2,000", 2000)],
            [troops("fighters", "Wagner", "withdrawn", "out of Bakhmut")],
        ),
        (
            "Israel called up 300,000 reservists after the attack.",
            [("300,000", 300000)],
            [troops("reservists", "Israel", "", "")],
        ),
        (
            "Five Pakistani paratroopers were hurt in a training jump.",
            [("Five", 5)],
            [troops("paratroopers", "Pakistani", "wounded", "")],
        ),
        (
            "France has 1,500 soldiers in Niger.",
            [("1,500", 1500)],
            [troops("soldiers", "France", "", "in Niger")],
        ),
        (
            "Houthi rebels seized 25 Saudi soldiers in Najran.",
            [("25", 25)],
            [troops("soldiers", "Saudi", "captured", "in Najran")],
        ),
        (
            "An estimated 600 Russian troops were killed or wounded in a single day.",
            [("600", 600)],
            [troops("troops", "Russian", "killed_or_wounded", "")],
        ),
        (
            "The UN mission has 12,000 peacekeepers in Congo.",
            [("12,000", 12000)],
            [troops("peacekeepers", "", "", "in Congo")],
        ),
        ("Kenya deployed 400 police officers to Haiti.", [("400", 400)], [NOT]),
        (
            "The ambush killed 11 soldiers and 3 civilians.",
            [("11", 11), ("3", 3)],
            [troops("soldiers", "", "killed", ""), NOT],
        ),
        (
            "A Turkish drone strike killed 14 PKK militants in northern Iraq.",
            [("14", 14)],
            [troops("militants", "PKK", "killed", "in northern Iraq")],
        ),
        (
            "Washington plans to withdraw 2,500 troops from Iraq by September.",
            [("2,500", 2500)],
            [troops("troops", "Washington", "withdrawn", "from Iraq")],
        ),
        # men a unit lost in a fight are its soldiers (as the held-out annotators read it)
        (
            "The brigade lost 90 men in the first week.",
            [("90", 90)],
            [troops("men", "", "killed", "")],
        ),
        (
            "Around 150 US marines landed in Haiti on Sunday.",
            [("150", 150)],
            [troops("marines", "US", "deployed", "in Haiti")],
        ),
        (
            "Their 30,000-strong army is poorly equipped.",
            [("30,000", 30000)],
            [troops("army", "", "", "")],
        ),
        (
            "Two Israeli soldiers were abducted near the Gaza border.",
            [("Two", 2)],
            [troops("soldiers", "Israeli", "captured", "near the Gaza border")],
        ),
        (
            "The coalition has lost 4,500 troops since 2003, with 3,900 of them Americans.",
            [("4,500", 4500), ("3,900", 3900)],
            [troops("troops", "coalition", "killed", ""), NOT],
        ),
        (
            "Beijing sent 200 medics and 700 soldiers to the quake zone.",
            [("200", 200), ("700", 700)],
            [NOT, troops("soldiers", "Beijing", "deployed", "to the quake zone")],
        ),
        (
            "Spain's 1,300 troops in Iraq will come home.",
            [("1,300", 1300)],
            [troops("troops", "Spain's", "withdrawn", "in Iraq")],
        ),
        (
            "The fighting killed 32 Taliban fighters, the ministry said.",
            [("32", 32)],
            [troops("fighters", "Taliban", "killed", "")],
        ),
        (
            "The navy has 280 ships and 320,000 sailors.",
            [("280", 280), ("320,000", 320000)],
            [NOT, troops("sailors", "navy", "", "")],
        ),
    ],
    # a second held-out set in wire-headline style: 15 of 18 troop counts were found
    # before the three rules below the first row were added
    "a ship's crew as casualties of an attack, and military men": [
        (
            "The torpedo attack on the destroyer killed 14 seamen.",
            [("14", 14)],
            [troops("seamen", "", "killed", "")],
        ),
        (
            "Colonel Ruiz and three other military men were named to the board.",
            [("three", 3)],
            [troops("military men", "", "", "")],
        ),
        # a crew that is no casualty is people, even beside troops
        (
            "Marines guarded the docks after 9,000 seamen went on strike.",
            [("9,000", 9000)],
            [None],
        ),
    ],
    "casualties counted as 'others' of the same troops": [
        (
            "Five Ruritanian soldiers died and eight others were wounded.",
            [("Five", 5), ("eight", 8)],
            [
                troops("soldiers", "Ruritanian", "killed", ""),
                troops("soldiers", "Ruritanian", "wounded", ""),
            ],
        ),
    ],
    "wire copy": [
        (
            "Poland will withdraw 700 of its 2,400 soldiers from Iraq.",
            [("700", 700), ("2,400", 2400)],
            [
                troops("soldiers", "Poland", "withdrawn", "from Iraq"),
                troops("soldiers", "Poland", "withdrawn", "from Iraq"),
            ],
        ),
        (
            "Blair defends 850-troop deployment",
            [("850", 850)],
            [troops("troop", "", "deployed", "")],
        ),
        (
            "The death toll for US forces in Iraq passed 1,000 on Tuesday.",
            [("1,000", 1000)],
            [troops("forces", "US", "killed", "in Iraq")],
        ),
        (
            "Insurgents killed 49 unarmed Iraqi army recruits near the Iranian border.",
            [("49", 49)],
            [troops("recruits", "Iraqi army", "killed", "near the Iranian border")],
        ),
        (
            "Israeli troops shot dead four Palestinian gunmen on Sunday.",
            [("four", 4)],
            [NOT],
        ),
        (
            "A car bomb killed 12 police recruits and wounded 20 others in Baquba.",
            [("12", 12), ("20", 20)],
            [NOT, NOT],
        ),
        ("Two F-16 fighters dropped bombs on the town.", [("Two", 2)], [NOT]),
    ],
    "not troop counts": [
        ("Fighting killed 22 civilians in Aleppo.", [("22", 22)], [NOT]),
        ("The army evacuated 40 medics from the town.", [("40", 40)], [NOT]),
        ("Some 300 rescue workers searched the rubble.", [("300", 300)], [NOT]),
        ("The city hired 5,000 police officers.", [("5,000", 5000)], [NOT]),
        ("Riot police forces of 2,000 guarded the square.", [("2,000", 2000)], [NOT]),
        ("The air force bought 36 fighter jets.", [("36", 36)], [NOT]),
        ("Cairo ordered 24 Rafale fighters from France.", [("24", 24)], [NOT]),
        ("The navy sent 12 warships and 40 tanks.", [("12", 12), ("40", 40)], [NOT, NOT]),
        ("Troops killed four armed Palestinians.", [("four", 4)], [NOT]),
        ("Troops opened fire, leaving 12 dead.", [("12", 12)], [NOT]),
        ("Thirty Labour rebels voted against the bill.", [("Thirty", 30)], [NOT]),
        ("The firm's 1,000 sales personnel will get a raise.", [("1,000", 1000)], [NOT]),
        ("It has a labour force of 9,000.", [("9,000", 9000)], [NOT]),
        ("Five rebel groups signed the accord.", [("Five", 5)], [NOT]),
    ],
}

VAGUE: list[tuple[str, dict[str, Any]]] = [
    (
        "Thousands of troops were sent to the border.",
        {"raw": "Thousands", "unit": "troops", "event": "deployed", "lower": 2000.0},
    ),
    (
        "Moscow moved several hundred paratroopers into the city.",
        {"raw": "several hundred", "unit": "paratroopers", "actor": "Moscow"},
    ),
    (
        "Tens of thousands of Russian soldiers have been killed.",
        {"raw": "Tens of thousands", "unit": "soldiers", "actor": "Russian", "event": "killed"},
    ),
]

# Known misses: the rule is stated in the reason; fixing one turns it red.
XFAIL: dict[str, list[Row]] = {
    "a whose-plan possessive is not the troops' owner": [
        (
            "Mr Bush's plan to withdraw 70,000 troops from Europe worried allies.",
            [("70,000", 70000)],
            [troops("troops", "US", "withdrawn", "from Europe")],
        ),
    ],
    "a name that is no place is taken for one": [
        (
            "The 300 troops were loyal to Major Alfredo Reinado.",
            [("300", 300)],
            [troops("troops", "", "", "")],
        ),
    ],
}


# Troops or plain number only (the kind the eval scores), written as a third held-out
# set: 20 of 22 were right before "Taliban" and "a brigade has 3,500 men" were handled.
KINDS: list[tuple[str, str, str]] = [
    ("Gunmen killed 12 Iraqi National Guardsmen in Mosul.", "12", "troops"),
    ("Kidnappers seized 2 Italian aid workers.", "2", "number"),
    ("10 policemen and 5 soldiers were killed.", "10", "number"),
    ("10 policemen and 5 soldiers were killed.", "5", "troops"),
    ("The US has about 138,000 troops in Iraq.", "138,000", "troops"),
    ("Some 40 insurgents were killed in the raid.", "40", "troops"),
    ("Two Marines were among the dead.", "Two", "troops"),
    ("The state sent 1,400 National Guard troops.", "1,400", "troops"),
    ("He commands the 10,000-member peacekeeping force.", "10,000", "troops"),
    ("Air strikes killed 30 Taliban near Kandahar.", "30", "troops"),
    ("Five U.S. servicemen died in a crash.", "Five", "troops"),
    ("Three Iraqi soldiers and two policemen died.", "Three", "troops"),
    ("Three Iraqi soldiers and two policemen died.", "two", "number"),
    ("More than 100 suspected insurgents were detained.", "100", "troops"),
    ("9 US troops hurt in Baghdad blast", "9", "troops"),
    ("The rebels freed 25 hostages.", "25", "number"),
    ("Police arrested 14 suspected militants.", "14", "troops"),
    ("The blast killed 8 Afghan soldiers and 3 children.", "3", "number"),
    ("A convoy of 40 trucks carried supplies to the troops.", "40", "number"),
    ("The army bought 300 tanks and 50 helicopters.", "300", "number"),
    ("About 2,000 Sudanese refugees fled the fighting.", "2,000", "number"),
    ("The brigade has 3,500 men.", "3,500", "troops"),
]


@pytest.mark.parametrize(("text", "raw", "kind"), KINDS)
def test_troops_or_number(text: str, raw: str, kind: str) -> None:
    [q] = [q for q in run(text, [(raw, 1.0)]) if q.value is not None]
    assert q.kind == kind


def _rows(table: dict[str, list[Row]]) -> list[Any]:
    return [
        pytest.param(text, numbers, expected, id=f"{group}: {text[:50]}")
        for group, rows in table.items()
        for text, numbers, expected in rows
    ]


def _check(text: str, numbers: list[Num], expected: list[dict[str, str] | None]) -> None:
    out = [q for q in run(text, numbers) if q.value is not None]
    assert len(out) == len(expected)
    for q, want in zip(out, expected, strict=True):
        if want is None:
            assert q.kind == "number", q
        else:
            got = {"unit": q.unit, "actor": q.actor, "event": q.event, "location": q.location}
            assert (q.kind, got) == ("troops", want)


@pytest.mark.parametrize(("text", "numbers", "expected"), _rows(CASES))
def test_troop_counts(text: str, numbers: list[Num], expected: list[dict[str, str] | None]) -> None:
    _check(text, numbers, expected)


@pytest.mark.parametrize(
    ("text", "numbers", "expected"),
    [pytest.param(*p.values, marks=pytest.mark.xfail(strict=True), id=p.id) for p in _rows(XFAIL)],
)
def test_known_misses(text: str, numbers: list[Num], expected: list[dict[str, str] | None]) -> None:
    _check(text, numbers, expected)


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_counts_have_no_value(text: str, expected: dict[str, Any]) -> None:
    [q] = run(text, [])
    assert q.kind == "troops" and q.value is None and q.qualifier == "approx"
    assert text[q.start : q.end] == q.raw
    assert {k: getattr(q, k) for k in expected} == expected


def test_vague_amount_from_quantities_is_retyped() -> None:
    text = "Hundreds of marines landed at dawn."
    vague = Quantity(kind="number", start=0, end=8, raw="Hundreds", value=None)
    [q] = troop_counts(text, sentence_spans(text), [vague])
    assert (q.kind, q.value, q.unit, q.lower, q.upper) == ("troops", None, "marines", 200, 999)


def test_all_quantities_are_returned_in_text_order() -> None:
    text = "It spent $5m. Then 300 soldiers left for Mali, and 20% stayed."
    given_ = [
        Quantity(kind="percent", start=51, end=54, raw="20%", value=20.0),
        Quantity(kind="money", start=9, end=12, raw="$5m", value=5e6, currency="USD"),
        Quantity(kind="number", start=19, end=22, raw="300", value=300.0),
    ]
    out = troop_counts(text, sentence_spans(text), given_)
    assert [(q.raw, q.kind) for q in out] == [
        ("$5m", "money"),
        ("300", "troops"),
        ("20%", "percent"),
    ]
    assert out[1].event == "deployed" and out[1].location == "for Mali"


def test_bounds_follow_the_qualifier() -> None:
    text = "More than 600 marines and up to 90 commandos landed."
    found = [
        Quantity(kind="number", start=10, end=13, raw="600", value=600.0, qualifier="more_than"),
        Quantity(kind="number", start=32, end=34, raw="90", value=90.0, qualifier="up_to"),
    ]
    a, b = troop_counts(text, sentence_spans(text), found)
    assert (a.lower, a.upper, b.lower, b.upper) == (600, None, None, 90)


def test_events_are_known() -> None:
    text = "Fighting killed 12 soldiers; 300 troops were sent and 40 withdrew."
    out = run(text, [("12", 12), ("300", 300)])
    assert all(q.event in ("", *TROOP_EVENTS) for q in out)


_NUMBER = st.integers(min_value=1, max_value=99999).map(str)
_WORDS = st.sampled_from(
    "troops soldiers marines a force of strong- killed wounded sent to in Kursk North Korean its "
    "Hundreds of thousands police , . ; and the with at least losing their lives".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NUMBER, _WORDS, st.text(max_size=4)), max_size=25))
def test_never_raises_and_spans_hold(parts: list[str]) -> None:
    text = " ".join(parts)
    numbers = [(p, float(p)) for p in dict.fromkeys(parts) if p.isascii() and p.isdigit()]
    found: list[Quantity] = []
    for raw, value in numbers:
        start = text.find(raw)
        if all(not (q.start < start + len(raw) and start < q.end) for q in found):
            found.append(
                Quantity(kind="number", start=start, end=start + len(raw), raw=raw, value=value)
            )
    out = troop_counts(text, sentence_spans(text), found)
    assert len([q for q in out if q.value is not None]) == len(found)
    assert [(q.start, q.end) for q in out] == sorted((q.start, q.end) for q in out)
    for q in out:
        assert text[q.start : q.end] == q.raw
        assert q.event in ("", *TROOP_EVENTS)
