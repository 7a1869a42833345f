# permutations() without a constant r yields tuples whose length is known only at run time:
# refused, saying to give r as a constant.
import itertools


def main():
    items = [1, 2, 3]
    for p in itertools.permutations(items):
        print(p)


main()
