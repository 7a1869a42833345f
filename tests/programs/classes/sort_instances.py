# sorted(), list.sort(), min() and max() of instances compare them with the class's __lt__
# (max() with __gt__ when the class defines it); key= functions still work.
import sys


class Card:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return "%s%d" % (self.name, self.rank)


class Job:
    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        return self.prio < other.prio

    def __gt__(self, other):
        print("__gt__", self.prio, other.prio)
        return self.prio > other.prio

    def __repr__(self):
        return "Job(%d)" % self.prio


def main():
    cards = [Card(5, "a"), Card(2, "b"), Card(9, "c"), Card(2, "d"), Card(5, "e")]
    print(sorted(cards))  # stable: b before d, a before e
    print(sorted(cards, reverse=True))
    print(min(cards), max(cards), min(cards[0], cards[1]), max(Card(1, "x"), Card(1, "y")))
    print(sorted(cards, key=lambda c: c.name, reverse=True))
    cards.sort()
    print(cards)
    jobs = [Job(3), Job(7), Job(1)]
    print(max(jobs))
    print(min(jobs), sorted(jobs))
    empty = []
    empty.append(Card(0, "z"))
    empty.pop()
    try:
        print(min(empty))
    except ValueError:
        print("ValueError for an empty list")
    return 0


if __name__ == '__main__':
    sys.exit(main())
