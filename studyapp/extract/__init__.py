"""What is worth studying in a document: dated facts and numbered lists, each with a stable id."""
from studyapp.extract.dates import find_dates

__all__ = ["find_dates"]
