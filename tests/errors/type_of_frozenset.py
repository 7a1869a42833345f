# type() of a set that may be a frozenset is known only at run time: refused by name
def main():
    fs = frozenset([1, 2])
    print(type(fs).__name__)


main()
