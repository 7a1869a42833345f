# math.exp/pow/ldexp and float ** raise python's OverflowError/ValueError/ZeroDivisionError (rpy printed inf and nan)
import math, sys
def calc(i, x):
    if i == 0: return math.sinh(x)
    if i == 1: return math.cosh(x)
    if i == 2: return math.exp(x)
    if i == 3: return math.expm1(x)
    if i == 4: return math.pow(x, 200.0)
    if i == 5: return math.ldexp(x, 5000)
    if i == 6: return math.hypot(1e308, 1e308)
    if i == 7: return math.fmod(x, 0.0)
    if i == 8: return math.log(-x)
    if i == 9: return math.sqrt(-x)
    if i == 10: return math.tan(float("inf"))
    if i == 11: return math.atan2(x, 0.0)
    if i == 12: return x ** 200.0
    if i == 13: return 0.0 ** -1.0
    if i == 14: return math.log(x, 0.5)
    if i == 15: return math.log(x, 1.0)
    if i == 16: return math.pow(0.0, -1.0)
    if i == 17: return math.pow(-x, 0.5)
    if i == 18: return float(10 ** 18) ** 20
    if i == 19: return math.ldexp(1.0, -2000)
    if i == 20: return 1e308 * 10
    return 0.0
def main():
    big = 1000.0 + len(sys.argv)
    for i in range(22):
        try:
            print(i, calc(i, big))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            print(i, type(e).__name__, e)
main()
