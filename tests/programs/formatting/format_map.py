# str.format_map(d) (Python 3): each field name of the literal format is looked up in the dict d
# where the field is formatted, with its conversion and spec (nested fields too); a missing name
# raises KeyError.
import sys


def main():
    d = {"a": 1, "b": 22, "width": 7}
    print("{a}-{b}".format_map(d))
    print("[{a:>5}|{b:<4}|{b:x}|{a!r}]".format_map(d))
    print("[{a:>{width}}] {{literal}}".format_map(d))
    names = {"first": "Ada", "last": "Lovelace" + sys.argv[0][:0]}
    print("{last}, {first}! {first!r:>8}".format_map(names))
    f = {"pi": 3.14159, "e": 2.71828}
    print("{pi:.2f} {e:08.3f} {pi}".format_map(f))
    try:
        print("{a} {missing}".format_map(d))
    except KeyError as e:
        print("KeyError", e)
    d["missing"] = -5
    print("{a} {missing:+d}".format_map(d))


main()
