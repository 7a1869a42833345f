# str.format_map() of a format with positional fields: python raises ValueError ("Format string
# contains positional fields") whatever the dict holds; rpy refuses it when translating.


def main():
    d = {"a": 1}
    print("{a} {0}".format_map(d))


main()
