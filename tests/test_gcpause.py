"""The shared pause of the cyclic garbage collector used by parse, find_facts and make_items."""

from __future__ import annotations

import gc

import pytest

from studyapp.gcpause import gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pauses_and_restores_nested():
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause must not switch it back on early
    assert gc.isenabled()


def test_restores_after_an_error():
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("stage failed")
    assert gc.isenabled()


def test_leaves_a_disabled_collector_off():
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()
