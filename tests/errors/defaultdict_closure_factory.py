# A defaultdict's factory runs wherever d[k] misses, so it cannot read the caller's locals.
from collections import defaultdict


def main():
    start = 5
    d = defaultdict(lambda: start)
    d["a"] += 1
    print(d["a"])


if __name__ == "__main__":
    main()
