def entry_point(argv):
    print("entry_point with %d argument(s)" % len(argv))
    return 5


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
