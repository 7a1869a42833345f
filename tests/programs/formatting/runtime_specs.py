# Format specs built at run time: f"{x:>{w}}", "{0:>{1}}".format(x, w), format(x, spec) with a
# computed spec (all refused before), Python's ValueErrors for specs that do not apply, and
# the 'z' flag (a negative zero after rounding prints without its sign; ignored before).
import sys

w = len(sys.argv) + 5
rows = [("apple", 1.5, 3), ("kiwi", 12.25, 10), ("banana", 0.333, 7)]
name_w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{name_w}} | {price:>{w}.2f} | {qty:0{w}d} | {name!r:^{w + 6}}|")
print("{0:>{1}}|{2:.{3}f}|{4:{5}}".format("ab", w, 3.14159, w - 3, True, w))
print("{:{}}|{:{}.{}}|".format("x", 4, 2.5, 8, 3))
print("{name:*^{width}}".format(name="mid", width=w + 4))
spec = ">" + str(w)
print(format("ab", spec) + "|", format(3.14159, "." + str(w - 3) + "f"), format(42, "0" + str(w) + "d"))
print(format(7, "x"), format(True, ""), format(1.5, ""), format(True, spec), format(-0.0, "z"), f"{-0.0001:z.2f}")
BAD = ["z", ".2", "+c", "10.2.3", ",x", "s", "_s", ",_", "..", "=", "#c", "_x", ",n", "-5", " 5", "#8x", ",d", "^", "x^9", "z#.3e"]
for bad in BAD:
    try:
        print(repr(bad), repr(format("s", bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
    try:
        print(repr(bad), repr(format(5, bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
    try:
        print(repr(bad), repr(format(-2.5e-7, bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
    try:
        print(repr(bad), repr(format(False, bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
