# type(e) of builtin exceptions the runtime raises that the program never names (KeyError here):
# its name, and comparisons with the classes the program does name.
import sys
def main():
    d = {}
    for i in range(2):
        try:
            if i == 0:
                raise ValueError('v')
            d[i]
        except Exception as e:
            t = type(e)
            print(t.__name__, t is ValueError)
    return 0
if __name__ == '__main__':
    sys.exit(main())
