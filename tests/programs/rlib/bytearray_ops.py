# python2
# bytearray in translated code: bytearray(n), bytearray(s), indexing (items are ints 0..255),
# item assignment, len, slices, concatenation with bytearrays and strs, str(), repr(), ==.
def checksum(data):
    total = 0
    for i in range(len(data)):
        total = (total * 31 + data[i]) & 0xFFFF
    return total


def entry_point(argv):
    tape = bytearray(8)
    ptr = 0
    for c in "++>+++>+":
        if c == '+':
            tape[ptr] = tape[ptr] + 1
        else:
            ptr += 1
    print tape[0], tape[1], tape[2], len(tape), tape[-1]
    msg = bytearray("Hello, world")
    msg[0] = ord('J')
    msg[-1] = 33
    print msg, str(msg), repr(msg), len(msg)
    print msg[0:5], msg[7:], msg[:4], msg[::2], msg[::-1], repr(msg[3:3])
    both = msg + bytearray(" and ") + "more" + "!"
    print both, checksum(both), checksum(bytearray(""))
    copy = bytearray(msg)
    copy[1] = 255
    copy[2] = "L"
    print copy[1], copy[2], msg[1], copy == msg, msg == "Jello, worl!", msg != "x", bytearray("ab") == bytearray("ab")
    empty = bytearray()
    print len(empty), repr(empty), repr(bytearray("q'\"\n\x00\xff"))
    if empty:
        print "not empty"
    if msg:
        print "has bytes"
    try:
        print msg[100]
    except IndexError as e:
        print "IndexError:", e
    try:
        msg[-100] = 1
    except IndexError as e:
        print "IndexError:", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
