"""A helper module imported by main.py."""

GREETING = "hello from helper"
FACTOR = 3
_cache = []


def triple(x):
    return x * FACTOR


def remember(x):
    _cache.append(x)
    return len(_cache)
