# A keyword-only parameter without a default, left out of a call.
def scale(x, *, factor):
    return x * factor


def main():
    print(scale(3))


main()
