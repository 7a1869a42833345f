# isinstance(x, range) of a Python 3 range object and of a list (python3 oracle).
def main():
    r = range(3)
    print(isinstance(r, range), isinstance([1], range), isinstance(r, (list, range)), type(r).__name__)


main()
