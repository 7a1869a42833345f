# sorted()/min() of tuples holding instances of a class with no order and no __eq__: Python
# compares two instances only when the items before them are equal, and then raises TypeError.
class Box:
    def __init__(self, n):
        self.n = n


def main():
    d = {"b": Box(2), "a": Box(1), "c": Box(3)}
    for k, v in sorted(d.items()):
        print(k, v.n)
    pairs = [(2, Box(5)), (1, Box(6))]
    print([b.n for _, b in sorted(pairs)], min(pairs)[0])
    same = [(1, Box(5)), (1, Box(6))]
    try:
        print(sorted(same))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(min(same)[0])
    except TypeError as e:
        print("TypeError:", e)


main()
