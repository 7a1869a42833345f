# t[i] of a tuple whose items have one type, with an index known only at run time (RPython gives
# the union of the items); negative indices; IndexError out of range.
DIRS = ((0, 1), (1, 0), (0, -1), (-1, 0))
NAMES = ("north", "east", "south", "west")


def turn(d, k):
    return (d + k) % 4


def main():
    d = 0
    x = y = 0
    for step in range(7):
        d = turn(d, step)
        dx, dy = DIRS[d]
        x += dx
        y += dy
        print(NAMES[d], x, y, NAMES[-1 - d])
    t = (1.5, 2.5, 3.5)
    print(sum(t[i] for i in range(3)), t[len(t) - 1])
    try:
        print(NAMES[d + 10])
    except IndexError as e:
        print("IndexError:", e)


main()
