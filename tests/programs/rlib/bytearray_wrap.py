# python2
# py2-differs: Python 2 raises ValueError for a bytearray item outside 0..255; translated RPython stores chr(v & 0xFF) (RPYTHON.md 5)
def entry_point(argv):
    tape = bytearray('\0' * 4)
    tape[0] = 255
    tape[0] += 2
    tape[1] -= 1
    tape[2] = 1000
    tape[3] = -256 - 3
    print tape[0], tape[1], tape[2], tape[3]
    return 0


def target(*args):
    return entry_point, None
