"""Well-known eras that date a sentence on their own ("during World War II").

The one place that knows them. Each era lists the ways it is written (regular expressions, matched
case-sensitively on whole words, without a leading "the", which the scan allows) and its first and last
year. Only eras with firm, widely agreed bounds belong here; vague periods ("the Middle Ages", "the Soviet
period") do not.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    names: tuple[str, ...]
    start: int
    end: int


ERAS: tuple[Era, ...] = (
    Era((r"World War II", r"World War 2", r"WWII", r"WW2", r"Second World War"), 1939, 1945),
    Era((r"World War I", r"World War 1", r"WWI", r"WW1", r"First World War", r"Great War"), 1914, 1918),
    Era((r"Cold War",), 1947, 1991),
    Era((r"Great Depression",), 1929, 1939),
    Era((r"Napoleonic Wars",), 1803, 1815),
    Era((r"Thirty Years'? War",), 1618, 1648),
    Era((r"Hundred Years'? War",), 1337, 1453),
    Era((r"Seven Years'? War",), 1756, 1763),
    Era((r"American Revolution(?:ary War)?",), 1765, 1783),
    Era((r"French Revolution",), 1789, 1799),
    Era((r"American Civil War",), 1861, 1865),
    Era((r"Crimean War",), 1853, 1856),
    Era((r"Russian Civil War",), 1917, 1922),
    Era((r"Spanish Civil War",), 1936, 1939),
    Era((r"Great Patriotic War",), 1941, 1945),
    Era((r"Korean War",), 1950, 1953),
    Era((r"Vietnam War",), 1955, 1975),
    Era((r"Iran-Iraq War", r"Iran–Iraq War"), 1980, 1988),
    Era((r"(?:First )?Gulf War",), 1990, 1991),
    Era((r"First Nagorno-Karabakh War",), 1988, 1994),
    Era((r"interwar period", r"inter-war period"), 1918, 1939),
)
