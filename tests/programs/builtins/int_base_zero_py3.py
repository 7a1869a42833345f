# int(s, 0) reads the base from the prefix (0x, 0o, 0b), else decimal; a base outside 2..36 is a ValueError.
# (rpy divided by the base 0: the program died of SIGFPE.)
def parse(s, b):
    try:
        return str(int(s, b))
    except ValueError as e:
        return "ValueError: " + str(e)

def main():
    for s in ['0b101', '0x1f', '0o17', '017', '010', '0', '000', '00', '-0x10', ' 0X1F ', '0x',
              '12', '1_0', '0x_1f', '0_7', '0_0', '08', '+0o7', '-0', '0b', 'z', '', '  ', '-']:
        print(repr(s), parse(s, 0))
    for b in [1, 37, -1, 2, 36, 16, 8]:
        print(b, parse('11', b), parse('0x11', b), parse('0b1', b), parse('0o7', b))

main()
