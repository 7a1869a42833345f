# python2
# int(s, 0) in Python 2: 017 is octal; 0x, 0o, 0b prefixes; no underscores; bad bases are ValueErrors.
import sys
def parse(s, b):
    try:
        return str(int(s, b))
    except ValueError as e:
        return "ValueError: " + str(e)

def entry_point(argv):
    for s in ['0b101', '0x1f', '0o17', '017', '010', '0', '000', '00', '-0x10', ' 0X1F ', '0x',
              '12', '1_0', '0x_1f', '0_7', '0_0', '08', '+0o7', '-0', '0b', 'z', '', '  ', '-', '0L']:
        print "%r %s" % (s, parse(s, 0))
    for b in [1, 37, -1, 2, 36, 16, 8]:
        print b, parse('11', b), parse('0x11', b), parse('0b1', b), parse('0o7', b)
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    entry_point(sys.argv)
