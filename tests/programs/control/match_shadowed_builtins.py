# A match statement's tests use the builtins even where the program rebinds their names.
def len(x):
    return 99


list = ["not", "the", "builtin"]
dict = {"also": "shadowed"}


def classify(v):
    match v:
        case [a, b]:
            return "pair " + str(a + b)
        case [a, *rest]:
            return "head " + str(a) + " and " + str(rest)
        case _:
            return "other"


def lookup(m):
    match m:
        case {"k": value, **others}:
            return "k=" + value + " others=" + str(sorted(others))
    return "no k"


print(classify([1, 2]), classify([5, 6, 7]), classify([]), len("abc"), list, dict)
print(lookup({"k": "v", "z": "1"}), lookup({"q": "r"}))
TABLE = []
for item in [[1, 2], [3]]:
    match item:
        case [x, y]:
            TABLE.append(x * y)
        case [x]:
            TABLE.append(-x)
print(TABLE)
