"""The one place that owns the English language pipeline (spaCy): sentences, clauses, subjects, lemmas.

``extract/`` and ``generate/`` ask this package questions and never parse English themselves. The pipeline is
loaded once per process, on first use, never on the way to the first window.
"""
