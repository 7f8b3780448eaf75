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

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as the class, its ``args`` and its attributes, never calling ``__init__`` again: a
        subclass with its own arguments (the readers' ``JSONError``) failed to unpickle, so an error
        raised in a worker process broke the whole pool (``BrokenProcessPool``)."""
        return _rebuilt, (type(self), self.args, self.__dict__)


def _rebuilt(cls: type[BilingualError], args: tuple[object, ...], state: dict[str, object]) -> BilingualError:
    """A :class:`BilingualError` of ``cls`` with ``args`` and ``state``, as it was pickled."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(BilingualError):
    """The input cannot be read or parsed (bad encoding, malformed line, hostile XML...)."""


class ModelMissingError(BilingualError):
    """No translation model is installed; the message says how to install one."""

    exit_code = 3


class ModelError(BilingualError):
    """A model archive or directory is unsafe, corrupt or does not match its checksum."""


class ModelExistsError(ModelError):
    """A model of that name is already installed (``models install`` without ``--force``)."""


class ModelBusyError(ModelError):
    """Another install or removal holds the models directory's lock and waiting was not allowed."""


class ModelRefusedError(ModelError):
    """An archive or download is refused before anything is kept: unsafe, oversized, or the wrong size.

    Another mirror is not tried: the same bytes would be refused again."""


class ChecksumMismatchError(ModelRefusedError):
    """A file's size or SHA-256 differs from the one expected (manifest or ``--sha256``)."""


class DownloadError(ModelError):
    """A download failed or was cut short (network, HTTP error); the next mirror is tried, the ``.part`` kept."""


class DiskFullError(ModelError):
    """The models directory's file system is full (or over quota) while unpacking or downloading."""


class ModelCorruptError(ModelError):
    """A model's files cannot be used: unreadable metadata, or CTranslate2/SentencePiece fail to load or run it."""


class DefaultModelBrokenError(ModelCorruptError):
    """The model chosen by default (none named) is corrupt; callers may go on without machine translation."""


class Skipped(str):
    """The warning line of a record a reader left out (``--skip-bad``): ``"location: reason"``, with both
    parts kept, so that a caller can list each one (the corpus writes them to ``errors.jsonl``).
    ``in_thread`` says the record was read as one of the thread's comments (a duplicate id), not a line
    whose thread is unknown (a malformed line)."""

    location: str | None
    reason: str
    in_thread: bool

    def __new__(cls, location: str | None, reason: str, in_thread: bool = False) -> Skipped:
        line = super().__new__(cls, f"{location}: {reason}" if location else reason)
        line.location, line.reason, line.in_thread = location, reason, in_thread
        return line

    def __getnewargs__(self) -> tuple[str | None, str, bool]:  # type: ignore[override]
        return self.location, self.reason, self.in_thread

