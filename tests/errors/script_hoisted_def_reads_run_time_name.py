import sys

SCALE = 2
print("scaling")
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 3


def scaled(x, factor=SCALE):
    return x * factor


print(scaled(5))
