"""Domain errors: every one carries a message a person can act on."""


class QueueError(Exception):
    """A user-facing error: the action was refused and nothing was changed.

    str() is the English sentence (CLI, logs). `reason` names the refusal and `facts` hold what
    it is about (ticket label, counter, status...), so a staff screen can say it in its own language.
    """

    def __init__(self, message: str = "", reason: str | None = None, **facts: object):
        super().__init__(message)
        self.reason = reason
        self.facts = facts


class ConfigError(QueueError):
    """The branch configuration is invalid; the message names the field."""


class ConfigChanged(QueueError):
    """Someone saved the configuration after the editor loaded it; nothing was written."""


class UnknownCode(QueueError):
    """A service, priority class, counter or ticket that does not exist."""


class IllegalTransition(QueueError):
    """A lifecycle action that the ticket's current state does not allow."""


class CounterUnavailable(QueueError):
    """The counter is closed or paused, or has no current ticket for the action."""


class ClockError(QueueError):
    """A time that is malformed, or earlier than what already happened."""
