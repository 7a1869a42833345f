# A type error met while annotating rpy's library (here lib/std/bisect.py, given a str to insert
# in a list of ints) blames the program's call that led there; the library's lines are named by
# their path in the repository, never by the machine's absolute path.
import bisect


def insert_all(xs, items):
    for x in items:
        bisect.insort(xs, x)


def main():
    xs = [1, 5, 9]
    insert_all(xs, ["a"])
    print(xs)


main()
