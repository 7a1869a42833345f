"""Weighted choice among productions that may decline (return None)."""


class Fail(Exception):
    """No production could make a value of the requested type here."""


def pick(rng, options):
    """options: list of (weight, thunk). Tries thunks in weighted random order; returns the first
    result that is not None."""
    opts = [(w, f) for w, f in options if w > 0]
    while opts:
        total = sum(w for w, _ in opts)
        r = rng.random() * total
        for i, (w, f) in enumerate(opts):
            r -= w
            if r <= 0 or i == len(opts) - 1:
                break
        res = f()
        if res is not None:
            return res
        opts.pop(i)
    return None
