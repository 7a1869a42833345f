"""The exceptions of rpython.rlib.rstruct."""


class StructError(Exception):
    """Data that does not fit its format (too short, a bad format...)."""

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg

    def __str__(self):
        return self.msg


class StructOverflowError(StructError):
    """A value too large for the field it is packed into."""
