# functools.partial(int, base=2): keywords reach only the program's own functions through the
# partial (python3 prints 5); refused, naming what to write.
import functools


def main():
    from_binary = functools.partial(int, base=2)
    print(from_binary("101"))


main()
