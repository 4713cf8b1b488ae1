"""Errors a user can cause. The CLI prints their message as one line and exits with code 2."""


def one_line(message: str) -> str:
    """A message on one line whatever it quotes: a file name may hold a line break."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


class TwinpostError(Exception):
    """A problem with the user's input or environment, with a message that says what to do."""


class BadSourceError(TwinpostError):
    """A source file or folder that cannot be read as posts."""


class TooLittleDataError(TwinpostError):
    """Too few characters survive cleaning to train a bot."""
