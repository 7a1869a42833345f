# args: 7
import sys

if __name__ == '__main__':
    n = int(sys.argv[1])
    a, b = 0, 1
    seq = []
    while len(seq) < n:
        seq.append(a)
        a, b = b, a + b
    print(seq)
    words = "the rain in spain".split()
    longest = ""
    for w in words:
        if len(w) >= len(longest):
            longest = w
    print(longest)
