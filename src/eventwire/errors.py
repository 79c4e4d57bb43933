"""The exception tree. The CLI and HTTP layers turn these into one-line messages.

::

    EventwireError
    ├── InputError            an input cannot be read or is not a news article
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── EncodingError
    │   ├── TooLarge
    │   ├── MalformedInput    broken JSON/CSV/HTML/WARC/feed
    │   └── NotEnglish
    ├── StoreError            the database cannot be opened, migrated or written
    ├── ModelError            a pinned NLP model is missing
    └── EvalError             a gold file is missing or malformed
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input that cannot become an article. ``reason`` is a short stable code."""

    reason = "invalid"


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class TooLarge(InputError):
    reason = "too_large"


class MalformedInput(InputError):
    reason = "malformed"


class NotEnglish(InputError):
    reason = "not_english"


class StoreError(EventwireError):
    pass


class ModelError(EventwireError):
    pass


class EvalError(EventwireError):
    pass
