"""The quick fault campaign (issue 12): one of each fault, on a small library; the long campaign is
``tests/storage/faults.py --rounds 200`` (figures in the README)."""

from __future__ import annotations

import random

from faults import KINDS, Campaign


def test_every_fault_is_survived_without_losing_a_committed_answer(tmp_path):
    campaign = Campaign(tmp_path, random.Random(20261204), cards=800)
    tally = campaign.run(len(KINDS))
    assert sum(tally.tried.values()) == len(KINDS) and set(tally.tried) == set(KINDS)
    assert tally.failures == []
    assert sum(tally.lost.values()) == 0 and sum(tally.survived.values()) == len(KINDS)
