"""Well-known eras that date a sentence on their own ("during World War II").

The one place that knows them. Each era lists the ways it is written (regular expressions, matched
case-sensitively on whole words) and its first and last year. Only eras with firm, widely agreed bounds
belong here; vague periods ("the Middle Ages", "the Soviet period") do not.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    names: tuple[str, ...]
    start: int
    end: int


ERAS: tuple[Era, ...] = (
    Era((r"World War II", r"World War 2", r"WWII", r"WW2", r"(?:[Tt]he )?Second World War"), 1939, 1945),
    Era((r"World War I", r"World War 1", r"WWI", r"WW1", r"(?:[Tt]he )?First World War", r"(?:[Tt]he )?Great War"),
        1914, 1918),
    Era((r"(?:[Tt]he )?Cold War",), 1947, 1991),
    Era((r"(?:[Tt]he )?Great Depression",), 1929, 1939),
    Era((r"(?:[Tt]he )?Napoleonic Wars",), 1803, 1815),
    Era((r"(?:[Tt]he )?Thirty Years'? War",), 1618, 1648),
    Era((r"(?:[Tt]he )?Hundred Years'? War",), 1337, 1453),
    Era((r"(?:[Tt]he )?Seven Years'? War",), 1756, 1763),
    Era((r"(?:[Tt]he )?American Revolution(?:ary War)?",), 1765, 1783),
    Era((r"(?:[Tt]he )?French Revolution",), 1789, 1799),
    Era((r"(?:[Tt]he )?American Civil War",), 1861, 1865),
    Era((r"(?:[Tt]he )?Crimean War",), 1853, 1856),
    Era((r"(?:[Tt]he )?Russian Civil War",), 1917, 1922),
    Era((r"(?:[Tt]he )?Spanish Civil War",), 1936, 1939),
    Era((r"(?:[Tt]he )?Great Patriotic War",), 1941, 1945),
    Era((r"(?:[Tt]he )?Korean War",), 1950, 1953),
    Era((r"(?:[Tt]he )?Vietnam War",), 1955, 1975),
    Era((r"(?:[Tt]he )?Iran-Iraq War", r"(?:[Tt]he )?Iran–Iraq War"), 1980, 1988),
    Era((r"(?:[Tt]he )?(?:First )?Gulf War",), 1990, 1991),
    Era((r"(?:[Tt]he )?First Nagorno-Karabakh War",), 1988, 1994),
    Era((r"(?:[Tt]he )?interwar period", r"(?:[Tt]he )?inter-war period"), 1918, 1939),
)
