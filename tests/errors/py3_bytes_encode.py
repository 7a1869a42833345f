# A Python 3 script: rpy's str is text, and bytes objects have no representation yet, so a bytes
# literal and str.encode() in translated code are refused instead of printing as a str.
def main():
    data = "caf\u00e9".encode("utf-8")
    raw = b"\xc3\xa9"
    print(len(data), raw)


if __name__ == "__main__":
    main()
