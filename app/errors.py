"""Domain errors: refusals a coordinator can read, as opposed to bugs."""


class DomainError(Exception):
    """A known, expected refusal. Its message is shown to the coordinator as is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        # The input field the refusal is about, when one is (e.g. "email"), so forms and imports can point at it.
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFound(DomainError):
    """The record asked for does not exist (or was deleted)."""


class InvalidInput(DomainError):
    """A value given by the user cannot be accepted."""


class InvalidTransition(DomainError):
    """A state change that the state machine does not allow."""


class InvariantViolation(DomainError):
    """The change would break a rule of the programme (capacity, one open pairing, ...)."""
