"""Errors that reach users as one line: what went wrong and where, never a traceback."""

from __future__ import annotations


class BilingualError(Exception):
    """Base class: the CLI prints ``bilingual: <location>: <message>`` and exits with ``exit_code``."""

    exit_code = 2

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class InputError(BilingualError):
    """The input cannot be read or parsed (bad encoding, malformed line, hostile XML...)."""


class ModelMissingError(BilingualError):
    """No translation model is installed; the message says how to install one."""

    exit_code = 3


class ModelError(BilingualError):
    """A model archive or directory is unsafe, corrupt or does not match its checksum."""
