"""Errors that carry a message meant for the user (shown as is, never as a traceback)."""


class Cancelled(Exception):
    """Work stopped because the user asked it to (Cancel): reported as cancelled, never as a failure. The one
    base of every cancellation, so a caller tells "cancelled" from "failed while cancelling"."""


class StudyappError(Exception):
    """Base class: ``str(error)`` is a plain sentence the user can act on."""


class DocumentError(StudyappError):
    """A document cannot be read (empty, binary, undecodable, too large...)."""


class LibraryError(StudyappError):
    """The library database cannot be opened or used (damaged, locked...)."""


class ExportError(StudyappError):
    """An export cannot be written (read-only or missing folder...)."""


class ExportCancelled(ExportError, Cancelled):
    """The learner cancelled an export: nothing was written (an existing file at the path is untouched)."""
