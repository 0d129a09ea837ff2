"""Errors that are the user's to fix: the CLI prints them as one line, never a traceback."""


class UserError(Exception):
    """Bad input or a bad request, with a message that says what to do."""


class InputError(UserError):
    """One input could not be read; ``path`` names it (with ``#line`` for an item in a file)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
