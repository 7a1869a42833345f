# int(s, 0) at import time: the prefix picks the base, 017 and 0_7 are refused as python3 does.
A = [int(s, 0) for s in ['0b101', '0x1f', '0o17', '0', '00', '-0x10', ' 0X1F ', '12', '1_0', '0x_1f', '0_0']]
B = []
for s in ['017', '0x', '0_7', '']:
    try:
        int(s, 0)
    except ValueError as e:
        B.append(str(e))
try:
    int('1', 1)
except ValueError as e:
    B.append(str(e))
def main():
    print(A)
    print(B)
main()
