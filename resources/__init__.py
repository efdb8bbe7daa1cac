"""Icons, style sheets, card templates and the desktop entry; installed as ``studyapp.resources`` (studyapp/paths.py)."""
