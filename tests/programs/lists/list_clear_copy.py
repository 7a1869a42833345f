# Python 3 list.clear() and list.copy() (were refused: "no attribute"): clear() empties the list
# itself (every alias sees it), copy() is a new list like l[:]; deque has its own.
from collections import deque


def main():
    log = [1, 2, 3]
    alias = log
    c = log.copy()
    log.clear()
    print(log, alias, c, c is log)
    log.append(4)
    print(log, alias, c)
    dq = deque([1, 2])
    d2 = dq.copy()
    dq.clear()
    print(dq, d2)
    words = ["a", "b"]
    w2 = words.copy()
    w2.append("c")
    words.clear()
    print(words, w2)


main()
