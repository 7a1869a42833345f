# A match statement in a script's top-level code and in an import-time loop.
import sys

TABLE = {}
for word in ["add", "sub", "x"]:
    match word:
        case "add" | "sub":
            TABLE[word] = 1
        case _:
            TABLE[word] = 0

args = sys.argv[1:]
match args:
    case []:
        print("no args", TABLE)
    case [one]:
        print("one", one)
    case [first, *rest]:
        print("many", first, rest)
