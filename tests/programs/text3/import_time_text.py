# Constants built at import time from non-ASCII strings, used by translated code.
GREETING = "h\u00e9llo w\u00f6rld"
N = len(GREETING)
UP = GREETING.upper()
FIRST = GREETING[1]
TAIL = GREETING[-5:]
TABLE = {c: i for i, c in enumerate("αβγ")}
CODES = [ord(c) for c in "日本"]
EURO = chr(0x20AC)
RAW = "é\\u00e9"


def main():
    print(GREETING, N, UP, FIRST, TAIL, len(TAIL))
    print(sorted(TABLE.items()), CODES, EURO, len(EURO), RAW, len(RAW))
    print(GREETING[N - 1], GREETING.find("w"), len(GREETING + EURO))


if __name__ == "__main__":
    main()
