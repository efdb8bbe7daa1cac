from studyapp.language.pipeline import PIPELINES, english, pipeline_name


def test_the_declared_english_pipeline_loads_once_and_parses():
    assert pipeline_name() in PIPELINES
    nlp = english()
    assert english() is nlp
    doc = nlp("The treaty was signed in Paris in 1919.")
    root = next(token for token in doc if token.dep_ == "ROOT")
    assert root.lemma_ == "sign"
    assert any(ent.label_ == "DATE" and ent.text == "1919" for ent in doc.ents)


def test_nothing_on_the_way_to_the_window_or_the_generator_loads_spacy():
    # lemminflect imports spaCy when it is imported (a 5 s load here): the language package imports it only
    # inside the functions that inflect a verb, and extract's model names the Event type only for checkers.
    import subprocess
    import sys

    code = (
        "import sys; import studyapp.app, studyapp.extract, studyapp.generate, studyapp.language.events;"
        "print(sorted(m for m in ('spacy', 'lemminflect', 'thinc') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
