# IntEnum members as ints: arithmetic, max/min of members, `member in [ints]` (== compares the
# int), hash(member) == hash(int), so a set of members iterates in the order of their ints.
from enum import IntEnum
class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3
def main():
    xs = [10, 20, 30, 40]
    print(sum([int(Color.RED), int(Color.BLUE)]))
    print(max(Color.GREEN, Color.RED), min(Color.GREEN, Color.BLUE))
    print(Color.RED + 1, Color.BLUE * 2)
    print(Color.RED < 2, Color.GREEN == 2)
    print(xs[Color.BLUE])
    print(int(Color.GREEN))
    print(Color.RED, str(Color.RED), repr(Color.RED), "%s" % Color.RED, "{}".format(Color.RED), f"{Color.RED}")
    print(Color.RED - Color.GREEN)
    print(-Color.RED, abs(Color.RED))
main()
def more():
    print([Color.RED, Color.GREEN], {Color.RED: "r"}, Color.RED in [1, 2], Color.BLUE not in [1, 2], Color.GREEN in {2: "x"}, Color.RED in {1, 5})
    print(sorted([Color.BLUE, Color.RED]), Color.RED.value + Color.BLUE, Color(2), Color(2) is Color.GREEN)
    print(Color.BLUE // 2, Color.BLUE % 2, Color.BLUE ** 2, divmod(Color.BLUE, 2), Color.RED << 3, hash(Color.RED) == hash(1))
    print(Color.RED.name, len(Color), list(Color), list(range(Color.BLUE)))
more()
def sets():
    s = {Color.BLUE, Color.RED, Color.GREEN}
    print(s, sorted(s))
    d = {}
    d[Color.BLUE] = 1
    d[Color.RED] = 2
    print(d, hash(Color.BLUE))
sets()
