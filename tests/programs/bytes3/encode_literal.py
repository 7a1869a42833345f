# A Python 3 script: str.encode() and a bytes literal give bytes (printed as b'...'), not a str.
# (Refused until rpy had a bytes type; docs/TYPES.md.)
def main():
    data = "caf\u00e9".encode("utf-8")
    raw = b"\xc3\xa9"
    print(len(data), raw)


if __name__ == "__main__":
    main()
