# A keyword argument zip_longest() does not take: the message names the function the program
# called (rpy's library picks zip_longest_2 for two iterables; that name must not show).
import itertools


def main():
    pairs = list(itertools.zip_longest([1, 2], [3], fillvalue=0, extra=1))
    for a, b in pairs:
        print(a + b)


main()
