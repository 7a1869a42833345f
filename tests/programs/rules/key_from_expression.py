# key= given by an expression that is not a variable: a dict of key functions indexed by the
# chosen order (keys[k]) and a function returning the key function. Python evaluates the key
# expression once, before sorting, even for an empty list (pick() prints once per call).


def vowels(w):
    return sum(1 for c in w if c in "aeiou")


def last_letter(w):
    return ord(w[-1])


KEYS = {"length": len, "vowels": vowels, "last": last_letter}


def pick(name):
    print("  pick", name)
    return KEYS[name]


def main():
    words = ["banana", "fig", "cherry", "kiwi", "apple"]
    for k in ["length", "vowels", "last"]:
        print(k, sorted(words, key=KEYS[k]))
        print("  reversed", sorted(words, key=KEYS[k], reverse=True))
        print("  min", min(words, key=KEYS[k]), "max", max(words, key=pick(k)))
    empty = []
    print("empty", sorted(empty, key=pick("length")))
    ws = list(words)
    ws.sort(key=pick("vowels"))
    print("sorted in place", ws)
    try:
        print(sorted(words, key=KEYS["size"]))
    except KeyError as e:
        print("no such order", e)


main()
