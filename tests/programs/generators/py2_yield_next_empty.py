# python2
# A yield whose operand raises StopIteration (next(iter([]))) ends the generator in Python 2, as
# python2.7 does: it yielded 0 (the value slot of an operand that never has one).
import sys
def gen():
    yield 1
    yield next(iter([]))
    yield 3
def entry_point(argv):
    print list(gen())
    return 0
def target(*args):
    return entry_point, None
if __name__ == "__main__":
    entry_point(sys.argv)
