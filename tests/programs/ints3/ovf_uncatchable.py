# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
# The stop is not an exception the program can catch: python3 raises nothing here, so neither the
# except clause nor the finally block may print something python3 never prints.
def grow(x, times):
    for _ in range(times):
        x *= 10
    return x


def main():
    try:
        print(grow(7, 3))
        print(grow(7, 30))
    except Exception as e:
        print("caught", type(e).__name__)
    finally:
        print("finally")
    print("end")


main()
