# A class chosen by an expression whose value is known statically (the test always returns False,
# so the result is always one class) still evaluates that expression: its calls print.
import sys


class Base(object):
    def __init__(self):
        self.kind = "base"


class Other(Base):
    def __init__(self):
        self.kind = "other"


class Probe(object):
    def check(self, items):
        print("check", len(items))
        return False


def pick(n):
    print("pick", n)
    return Base


def main():
    cls = Other if Probe().check([1]) else Base
    print(cls().kind)
    cls = pick(1)
    print(cls().kind)
    obj = (Other if Probe().check([1, 2]) else Base)()
    print(obj.kind)
    for i in range(2):
        c = Other if Probe().check([i]) and i > 5 else Base
        print(c().kind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
