"""What is worth studying in a document: dated facts and numbered lists, each with a stable id."""

from studyapp.extract.dates import find_dates
from studyapp.extract.facts import find_facts
from studyapp.extract.lists import find_lists

__all__ = ["find_dates", "find_facts", "find_lists"]
