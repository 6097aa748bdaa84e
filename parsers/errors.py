"""Why a file could not be read, in words the applicant can act on.

Every error carries a stable ``code`` (for the database and templates) and a
``user_message``: one polite sentence addressed to the applicant that says what is
wrong with the file and what to do about it.
"""
from __future__ import annotations


def _quoted(filename: str) -> str:
    return f"'{filename}'" if filename else "you sent"


class ParseError(Exception):
    """Base of every error the parsers raise on purpose; never raised for a readable file."""

    code: str = "parse_error"

    def __init__(self, detail: str, filename: str = "", user_message: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.filename = filename
        self.user_message = user_message or self._default_message(filename)

    def _default_message(self, filename: str) -> str:
        return (f"We could not read the file {_quoted(filename)}; "
                "please save it again as DOCX or PDF and resend it.")


class DamagedFile(ParseError):
    """The bytes are truncated, corrupt, or not the format they claim to be."""

    code = "damaged"

    def _default_message(self, filename: str) -> str:
        return (f"The file {_quoted(filename)} appears to be damaged or incomplete; "
                "please save it again and resend it.")


class EncryptedFile(ParseError):
    """The file needs a password we do not have (only the empty password is tried)."""

    code = "encrypted"

    def _default_message(self, filename: str) -> str:
        return (f"The file {_quoted(filename)} is password-protected; "
                "please remove the password and resend it.")


class TooLarge(ParseError):
    """The input is over the byte limit, or a PDF has more pages than a form can have."""

    code = "too_large"

    def _default_message(self, filename: str) -> str:
        return (f"The file {_quoted(filename)} is too large for us to process; "
                "please send just the completed concept form as a DOCX or PDF.")


class ExpandsTooMuch(ParseError):
    """The archive would inflate to a suspicious size, or the XML declares a DTD."""

    code = "expands_too_much"

    def _default_message(self, filename: str) -> str:
        return (f"The file {_quoted(filename)} expands to far more data than a form can hold, "
                "so we did not open it; please save the form again from Word and resend it.")


class UnsupportedFormat(ParseError):
    """A format the parsers do not read (for example a spreadsheet inside a zip)."""

    code = "unsupported_format"

    def _default_message(self, filename: str) -> str:
        return (f"We cannot read the format of the file {_quoted(filename)}; "
                "please send the concept form as a Word document (.docx) or a PDF.")


class NotWhatItClaims(DamagedFile):
    """The name or declared type promises a document, but the bytes are something else (a ZIP, a picture).

    Kept under :class:`DamagedFile` (same ``code``): for the sender it is the same
    situation, a file we cannot read, usually the wrong file or a broken export.
    """

    def _default_message(self, filename: str) -> str:
        return (f"The file {_quoted(filename)} is not the document its name says and may be damaged "
                "or the wrong file; please attach the concept form as a DOCX or PDF and resend it.")
