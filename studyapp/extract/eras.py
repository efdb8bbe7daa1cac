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
    Era((r"World War II", r"World War 2", r"WWII", r"WW2", r"(?:the )?Second World War"), 1939, 1945),
    Era((r"World War I", r"World War 1", r"WWI", r"WW1", r"(?:the )?First World War", r"(?:the )?Great War"),
        1914, 1918),
    Era((r"(?:the )?Cold War",), 1947, 1991),
    Era((r"(?:the )?Great Depression",), 1929, 1939),
    Era((r"(?:the )?Napoleonic Wars",), 1803, 1815),
    Era((r"(?:the )?Thirty Years'? War",), 1618, 1648),
    Era((r"(?:the )?Hundred Years'? War",), 1337, 1453),
    Era((r"(?:the )?Seven Years'? War",), 1756, 1763),
    Era((r"(?:the )?American Revolution(?:ary War)?",), 1765, 1783),
    Era((r"(?:the )?French Revolution",), 1789, 1799),
    Era((r"(?:the )?American Civil War",), 1861, 1865),
    Era((r"(?:the )?Crimean War",), 1853, 1856),
    Era((r"(?:the )?Russian Civil War",), 1917, 1922),
    Era((r"(?:the )?Spanish Civil War",), 1936, 1939),
    Era((r"(?:the )?Great Patriotic War",), 1941, 1945),
    Era((r"(?:the )?Korean War",), 1950, 1953),
    Era((r"(?:the )?Vietnam War",), 1955, 1975),
    Era((r"(?:the )?Iran-Iraq War", r"(?:the )?Iran–Iraq War"), 1980, 1988),
    Era((r"(?:the )?(?:First )?Gulf War",), 1990, 1991),
    Era((r"(?:the )?First Nagorno-Karabakh War",), 1988, 1994),
    Era((r"(?:the )?interwar period", r"(?:the )?inter-war period"), 1918, 1939),
)
