# math.cbrt, exp2, lcm at import time (the evaluator lacked them) and in translated code
import math
T = [math.cbrt(27.0), math.exp2(10), math.lcm(4, 6, 10), math.fsum([0.1] * 10), math.prod([2, 3]), math.isclose(1.0, 1.0 + 1e-12)]
def main():
    print(T)
    print(math.lcm(12, 18), math.prod((1.5, 2)))
main()
