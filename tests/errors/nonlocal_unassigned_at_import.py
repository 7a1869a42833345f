# A closure made at import time rebinds (nonlocal) a variable its enclosing function had not
# assigned when it returned: rpy cannot share a cell that import time left without a value.
def make():
    def setter(v):
        nonlocal value
        value = v

    if False:
        value = 0
    return setter


s = make()


def main():
    s(3)
    print("ok")


main()
