# Sets whose keys crowd runs of ten or more slots: a key re-inserted by a resize whose nine linear
# probes all find full slots goes on from its first probe's slot (CPython's set_insert_clean), the
# place later lookups look for it. rpy's resize went on from the last linear probe: members were
# missing after the resize, and adding them again made duplicates (len 121 instead of 118).


class Item(object):
    def __init__(self, n):
        self.n = n


def crowded_ints():
    s = set()
    for i in range(40):
        s.add(i)
        s.add(i * 64)
        s.add(i * 1024 + 3)
    missing = 0
    for i in range(40):
        if i * 64 not in s:
            missing += 1
        if (i * 1024 + 3) not in s:
            missing += 1
    for i in range(40):
        s.add(i * 64)  # already there
    print(len(s), missing)
    print(list(s))  # CPython's order: the table's slots


def crowded_floats_and_tuples():
    f = set()
    for i in range(300):
        f.add(float(i * 512))
        f.add(float(i))
    t = set()
    for i in range(200):
        t.add((i % 3, i * 256))
    found = 0
    for i in range(300):
        if float(i * 512) in f:
            found += 1
    print(len(f), found, len(t), (1, 256) in t)
    print(sorted(f)[:5], list(f)[:12])


def instances():
    # instances hash by address: many objects allocated in a row crowd neighbouring slots
    s = set()
    items = []
    total = 0
    for i in range(30000):
        x = Item(i)
        items.append(x)
        s.add(x)
    for x in items:
        if x not in s:
            s.add(x)
            total += 1
    print(len(s), total)


crowded_ints()
crowded_floats_and_tuples()
instances()
