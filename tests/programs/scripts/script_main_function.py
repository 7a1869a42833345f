import sys


class Inventory(object):
    def __init__(self):
        self.items = {}

    def add(self, name, n):
        self.items[name] = self.items.get(name, 0) + n

    def report(self):
        out = []
        for k in sorted(self.items.keys()):
            out.append("%s=%d" % (k, self.items[k]))
        return ", ".join(out)


def main():
    inv = Inventory()
    inv.add("apple", 3)
    inv.add("pear", 2)
    inv.add("apple", 4)
    print(inv.report())


if __name__ == '__main__':
    main()
