"""Domain errors: every one carries a message a person can act on."""


class QueueError(Exception):
    """A user-facing error: the action was refused and nothing was changed."""


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
