# str.format_map() in translated code: a literal format whose fields are names, and a dict with
# str keys (positional fields are python's ValueError; a dict of int keys never matches a name).
import sys


def main():
    d = {"a": 1}
    print("{a}".format_map({1: "x"}))
    fmt = "{a}" + sys.argv[0][:0]
    print(fmt.format_map(d))


main()
