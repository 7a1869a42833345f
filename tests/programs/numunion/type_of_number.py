# type(v) of a number that is an int or a float (known only at run time): compared with a class
# (is, ==, is not, !=) and as type(v).__name__, as a script reads it (annotate/number_type_rules.cpp).
def parse(tok):
    if "." in tok:
        return float(tok)
    return int(tok)


def describe(v):
    if type(v) is int:
        return "int " + str(v)
    if type(v) == float:
        return "float %.2f" % v
    return "other"


def main():
    total = 0
    for tok in "3 4.5 10 0.25 -2".split():
        v = parse(tok)
        print(describe(v), type(v).__name__, type(v) is float, type(v) != int)
        total += v
    print(total, type(total).__name__)
    x = 7 if total > 100 else 2.5
    print(type(x).__name__, isinstance(x, float))

    for w in [1, 2.5, True, False, 0]:
        print(type(w).__name__, type(w) is int, type(w) is bool, type(w) == float, type(w) is str, type(w) is not int)
        if type(w) is float:
            print("  half", w / 2)


main()
