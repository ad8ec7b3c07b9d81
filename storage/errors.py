"""Storage errors the other layers may catch without importing the database stack."""


class DatabaseUnavailable(RuntimeError):
    """The database stayed locked or unreachable through every retry."""
