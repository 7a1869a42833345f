# python2
# An RPython-style program (Python 2.7) sorting with key= giving instances whose class defines
# __lt__ (new-style and classic classes), and max()/min() with such keys.
import sys


class Rank(object):
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def __lt__(self, other):
        return (self.level, self.name) < (other.level, other.name)


class Cost:
    def __init__(self, c):
        self.c = c

    def __lt__(self, other):
        return self.c < other.c

    def __gt__(self, other):
        return self.c > other.c


class Job(object):
    def __init__(self, ident, level, name, cost):
        self.ident = ident
        self.rank = Rank(level, name)
        self.cost = Cost(cost)


def idents(jobs):
    return ",".join([str(j.ident) for j in jobs])


def entry_point(argv):
    n = len(argv)
    jobs = []
    for i in range(10):
        jobs.append(Job(i, (i * 3 + n) % 4, "n%d" % (i % 3), (i * 7) % 5))
    print idents(sorted(jobs, key=lambda j: j.rank))
    print idents(sorted(jobs, key=lambda j: j.cost, reverse=True))
    jobs.sort(key=lambda j: j.cost)
    print idents(jobs)
    print max(jobs, key=lambda j: j.rank).ident, min(jobs, key=lambda j: j.rank).ident
    print max(jobs, key=lambda j: j.cost).ident, min(jobs, key=lambda j: j.cost).ident
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(sys.argv)
