from studyapp.language.pipeline import PIPELINES, english, pipeline_name


def test_the_declared_english_pipeline_loads_once_and_parses():
    assert pipeline_name() in PIPELINES
    nlp = english()
    assert english() is nlp
    doc = nlp("The treaty was signed in Paris in 1919.")
    root = next(token for token in doc if token.dep_ == "ROOT")
    assert root.lemma_ == "sign"
    assert any(ent.label_ == "DATE" and ent.text == "1919" for ent in doc.ents)
