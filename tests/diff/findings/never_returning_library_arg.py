# bisect.bisect_right(xs, f()) where f always raises (it ends in a failing assert): Python runs
# f and raises; rpy refused the program ("this call never runs: no value ever reaches what it
# calls"), the annotator resolving no target for a library call with such an argument.
import bisect


def fail(n):
    assert (-10) == 3
    return n


def main(n):
    try:
        print(bisect.bisect_right([1, 5, 9], fail(n) % 101))
    except AssertionError:
        print("caught")


main(4)
