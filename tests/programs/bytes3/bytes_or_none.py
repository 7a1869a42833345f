# bytes that may be None: used where it is not None, and Python's TypeError or AttributeError
# where it is.
import sys


def pick(k):
    if k > 1:
        return b"data" * k
    return None


def main():
    n = len(sys.argv)
    for k in [n + 1, n - 1]:
        v = pick(k)
        print(v, v is None, v == None, v == b"datadata")
        try:
            print(len(v))
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(v[0])
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(v.hex())
        except AttributeError as e:
            print("AttributeError:", e)
        if v:
            print("truthy", v[:2])


main()
