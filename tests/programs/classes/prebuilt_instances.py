from __future__ import print_function
import os, sys


class Config(object):
    def __init__(self, name, level):
        self.name = name
        self.level = level
        self.seen = []


DEFAULT = Config("default", 1)
STRICT = Config("strict", 5)
ALL = [DEFAULT, STRICT]
BY_NAME = {}
for _c in ALL:
    BY_NAME[_c.name] = _c


class Singleton(object):
    def __init__(self):
        self.count = 0

    def hit(self):
        self.count += 1
        return self.count


THE_ONE = Singleton()


def use(cfg, what):
    cfg.seen.append(what)
    return cfg.level * len(what)


def entry_point(argv):
    print(use(DEFAULT, "abc"), use(STRICT, "ab"), use(BY_NAME["default"], "x"))
    print(DEFAULT.seen, STRICT.seen)
    DEFAULT.level = 10
    print(use(DEFAULT, "z"), ALL[0].level)
    for i in range(3):
        THE_ONE.hit()
    print(THE_ONE.count)
    print(BY_NAME["strict"] is STRICT)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
