# target() returning the entry point's argument types (a non-standalone RPython build, as PyPy's
# targetrichards.py does): rpy builds standalone executables only, and names target()'s second
# result rather than failing later with a type error inside entry_point.
def entry_point(n):
    return n + 1


def target(*args):
    return entry_point, [int]
