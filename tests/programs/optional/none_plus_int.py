# check-traceback
# Arithmetic on a value that may be None raises Python's TypeError when it is None, after the
# right operand ran.


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def offset():
    print("offset computed")
    return 10


print(find([4, 5], 5) + offset())
print(find([4, 5], 6) + offset())
