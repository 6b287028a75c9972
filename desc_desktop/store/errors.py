"""Why a register file could not be opened; each message says what to do."""


class DatabaseTooNew(RuntimeError):
    """The file was written by a later version of the app."""


class DatabaseUnavailable(RuntimeError):
    """The file cannot be opened as a register (not a database, unreadable, no access)."""


class RegisterInUse(RuntimeError):
    """Another copy of the app has the register open (see store/register_lock.py)."""
