# int(b), int(b, base) and float(b) of bytes (Python 3 reads their ASCII text; whitespace and
# underscores as for str), and their ValueError messages, which show repr(b).
import sys


def main():
    samples = [b'42', b' -7\n', b'1_000', b'ff', b'1.5', b'x', b'\xff1', b'', b'1e3', b'-inf', b'9' * 18]
    if len(sys.argv) > 1:
        samples = [a.encode() for a in sys.argv[1:]]
    for b in samples:
        try:
            print(int(b))
        except ValueError as e:
            print('ValueError', e)
        try:
            print(float(b))
        except ValueError as e:
            print('ValueError', e)
    print(int(b'ff', 16), int(b'0x1F', 16), int(b'101', 2), int(b'z', 36))
    data = b'12 7 -3 4.25'
    parts = data.split()
    print(sum([int(p) for p in parts[:3]]), float(parts[3]) * 2)


main()
