"""Found through PYTHONPATH, not beside main.py."""

MESSAGE = "found through PYTHONPATH"


def shout(s):
    return s.upper() + "!"
