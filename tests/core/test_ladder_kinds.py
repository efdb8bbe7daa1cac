"""Every kind of item has its place on the format ladder and its card type in the Anki note."""

from studyapp.core.ladder import KIND_RUNGS
from studyapp.generate.model import Kind
from studyapp.interop.anki_models import TEMPLATE_OF_KIND


def test_every_kind_has_a_rung_and_an_anki_card_type():
    assert set(KIND_RUNGS) == set(Kind)
    assert set(TEMPLATE_OF_KIND) == set(Kind)
