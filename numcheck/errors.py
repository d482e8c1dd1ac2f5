"""Errors that are the user's to fix: the CLI prints them on one line and exits with status 2."""


class NumcheckError(Exception):
    """Base for user-facing errors; str(error) is the one-line message, naming the file."""


class ConfigError(NumcheckError):
    """A rule pack, config file or facts file that cannot be used (message names file and line)."""


class InputError(NumcheckError):
    """A draft or source document that cannot be read."""


class EmptyInputError(InputError):
    """A document with nothing in it (no bytes, or only white space): nothing to check."""
