# min()/max() of several values where one may be None: the value when it is not None; Python 3's
# TypeError when it is, naming the two types of the comparison that failed (the argument compared
# with the best one so far).


def limit(v):
    if v < 0:
        return None
    return v


def main():
    for v in [5, 1, -2]:
        x = limit(v)
        try:
            print(min(x, 3), max(3, x), min(2, 9, x))
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(max(x, 3))
        except TypeError as e:
            print("TypeError:", e)
    s = None if len("ab") > 3 else "kiwi"
    print(min(s, "apple"), max("apple", s))
    f = None if len("ab") > 1 else 2.5
    try:
        print(max(1.5, f))
    except TypeError as e:
        print("TypeError:", e)


main()
