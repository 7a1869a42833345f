# str.translate() in translated code takes a dict from int (code points) to int, str or None;
# str.maketrans(dict) is refused (python would turn its str keys into code points).
import sys


def main():
    w = "abc" + sys.argv[0][:0]
    print(w.translate({"a": "x"}))
    print(w.translate(str.maketrans({"a": "b"})))
    print(w.translate([1, 2]))


main()
