"""Start the studyapp desktop app."""

from studyapp.app import main

if __name__ == "__main__":
    raise SystemExit(main())
