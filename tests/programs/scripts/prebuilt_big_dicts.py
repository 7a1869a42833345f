# Dicts and sets a script computes at translation time become prebuilt constants: with many
# number keys and values they are filled from static arrays, in the order the script inserted
# them (printing and iterating show that order; the set keeps CPython's).
squares = {k: k * k for k in range(-30, 30)}
inverse = {}
for k in range(1, 40):
    inverse[k * 7 % 40] = 1.0 / k
seen = {k * k % 97 for k in range(60)}
flags = {k: k % 3 == 0 for k in range(20)}

print(len(squares), squares[-29], squares[29], list(squares)[:5])
print(sorted(inverse.items())[:4], list(inverse.values())[-2:])
print(len(seen), sorted(seen)[:10], 0 in seen, 3 in seen)
print(seen)
print(flags)
squares[100] = 1
print(len(squares), list(squares.items())[-2:])
