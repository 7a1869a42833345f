# check-traceback
# An exception nothing catches still runs every `finally:` block and `with` exit on its way out
# (their output comes first), and the traceback names the frames down to the raise; a bare
# `raise` in a handler that does not match re-raises with the traceback of where it was raised.
import sys

log = []


class Resource(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open " + self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("close " + self.name)
        return False


class Failure(Exception):
    pass


def parse(text):
    try:
        if text.startswith("!"):
            raise Failure("bad input: " + text)
        return len(text)
    finally:
        log.append("parsed " + text)


def step(text):
    try:
        return parse(text)
    except KeyError:
        print("not reached")
        return -1
    except Failure:
        print("noted")
        raise


def run(items):
    total = 0
    with Resource("db"):
        for item in items:
            try:
                total += step(item)
            finally:
                print("after " + item)
    return total


def main():
    try:
        print(run(["ab", "cde"]))
        print(run(["x", "!y", "z"]))
    finally:
        print(" ".join(log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
