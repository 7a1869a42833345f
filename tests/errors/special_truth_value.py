import sys


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


def main():
    b = Bag([])
    c = b or Bag([1])
    print(len(c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
