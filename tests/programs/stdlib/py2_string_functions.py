# python2
# Python 2's string module functions in translated code: the str methods of the same name.
import string


def main():
    s = "  Hello, World  "
    print string.upper(s), string.lower(s), string.swapcase(s), string.capitalize("abc def")
    print repr(string.strip(s)), repr(string.lstrip(s)), repr(string.rstrip(s)), string.strip("xxaxx", "x")
    print string.split("a b  c"), string.split("a,b,c", ","), string.split("a,b,c", ",", 1), string.rsplit("a,b,c", ",", 1)
    print string.splitfields("1:2:3", ":"), string.join(["a", "b"]), string.join(["a", "b"], "-"), string.joinfields(["x", "y"], "")
    print string.replace("aaaa", "a", "b"), string.replace("aaaa", "a", "b", 2)
    print string.find("hello", "l"), string.find("hello", "l", 3), string.rfind("hello", "l"), string.find("hello", "z")
    print string.index("hello", "e"), string.rindex("hello", "l", 0, 3), string.count("banana", "a"), string.count("banana", "a", 2)
    print string.zfill("42", 5), string.ljust("a", 3) + "|", string.rjust("a", 3, "*"), string.center("ab", 6, "-")
    print string.expandtabs("a\tb"), string.atoi("42"), string.atoi("ff", 16), string.atof("2.5"), string.atol("123")
    print string.upper(u"caf\xe9") == u"CAF\xc9", string.strip(u"  u  ")
    try:
        string.index("abc", "z")
    except ValueError as e:
        print "ValueError", e
    try:
        string.atoi("x1")
    except ValueError as e:
        print "ValueError", e


if __name__ == '__main__':
    main()
