# python2
# Python 2.7: `a, b = zip(*rows)` of rows of mixed item types gives one tuple per column; no row
# gives no column, and the unpacking raises 2.7's ValueError.

def split_rows(rows):
    names, counts = zip(*rows)
    return names, counts

def entry_point(argv):
    rows = [("w%d" % i, i * len(argv)) for i in range(4)]
    names, counts = split_rows(rows)
    print names, counts, len(names), counts[2]
    print " ".join(names), sum(counts)
    try:
        names, counts = split_rows(rows[:0])
        print names
    except ValueError as e:
        print "ValueError:", e
    return 0

def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
