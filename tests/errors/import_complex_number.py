# Complex numbers are beyond the import-time evaluator.
ROOT = (-1) ** 0.5 if False else 1j


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
