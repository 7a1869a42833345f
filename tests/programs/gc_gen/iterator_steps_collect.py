# --gc=gen: stepping an iterator runs the program's code (a generator's body), which may allocate
# and move every young object. A function whose only allocation is hidden in such a step (a for
# loop over an iterator held in a variable, next(it), it.__next__(), `x in it`, sum(it),
# "".join(it), sorted(it), min(it), unpacking) must root what it holds, and the operands around
# the step are ordered as around any call that collects. Here the generators yield numbers and
# strings (no instance crosses the step): the consumers' own instances are what moves. Under
# RPY_GC_STRESS=1/2 and the small nurseries (programs/gc_gen_stress) they were read stale: wrong
# sums (docs/GC.md, "Iterators over instances").


class Box(object):
    def __init__(self, v):
        self.v = v
        self.pad = None


def numbers(n):
    for i in range(n):
        b = Box(i)
        b.pad = Box(i * 2)
        yield b.v + b.pad.v


def words(n):
    for i in range(n):
        b = Box(i)
        yield "w%d" % (b.v % 7)


def loop_over(it, keep):
    total = 0
    for v in it:
        total += v + keep.v
    return total


def take_two(it, keep):
    return next(it) + keep.v + next(it) * keep.v


def take_default(it, keep):
    a = next(it, -1)
    b = it.__next__()
    return a * keep.v + b


def contains(it, keep, x):
    found = x in it
    return keep.v if found else -keep.v


def summed(it, keep):
    return sum(it) + keep.v


def joined(it, keep):
    return "".join(it) + str(keep.v)


def ordered(it, keep):
    return sorted(it)[-1] - keep.v + min(numbers(5)) * keep.v


def unpacked(it, keep):
    a, b, c = it
    return a + b + c + keep.v


def pair_of(it, left, right):
    # left is read after the step: it must be rooted across it
    return (left.v, next(it), right.v)


def main():
    keep = Box(5)
    print(loop_over(numbers(100), keep))
    print(take_two(numbers(10), Box(7)))
    print(take_default(numbers(4), Box(3)))
    print(contains(numbers(50), Box(11), 90), contains(numbers(50), Box(11), 91))
    print(summed(numbers(200), Box(13)))
    print(joined(words(30), Box(17)))
    print(ordered(numbers(40), Box(19)))
    print(unpacked(numbers(3), Box(23)))
    print(pair_of(numbers(9), Box(29), Box(31)))
    total = 0
    for k in range(20):
        total += loop_over(numbers(k), Box(k))
    print(total)


if __name__ == "__main__":
    main()
