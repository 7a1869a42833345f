# python2
# Module-level loops over dicts and sets: a change of size raises RuntimeError at the next step
# (caught), and at every later step of the same iterator; a key replaced just before a break is
# fine (no step follows).
COLORS = {"red": 1, "green": 2, "blue": 3}
MSGS = []
try:
    for name in COLORS:
        COLORS[name + "2"] = 0
except RuntimeError as e:
    MSGS.append(str(e))

S = set([1, 2, 3])
IT = iter(S)
FIRST = next(IT)
S.add(7)
for attempt in range(2):
    try:
        next(IT)
    except RuntimeError as e:
        MSGS.append(str(e))

RENAMED = {"a": 1, "b": 2}
for k in RENAMED:
    RENAMED["z" + k] = RENAMED.pop(k)
    break


def entry_point(argv):
    for m in MSGS:
        print m
    print len(COLORS), FIRST, sorted(RENAMED.keys())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point([])
