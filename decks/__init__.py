"""The bundled documents; installed as ``studyapp.decks`` (studyapp/paths.py)."""
