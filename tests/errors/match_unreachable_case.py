# A capture pattern without a guard matches everything: the cases after it can never run
# (Python's SyntaxError).
def describe(n):
    match n:
        case other:
            return "any " + str(other)
        case 0:
            return "zero"


print(describe(3))
