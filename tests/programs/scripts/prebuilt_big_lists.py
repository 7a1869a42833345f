# Lists a script computes at translation time (before its first output) become prebuilt
# constants of the binary: a sieve of 300,001 bools, tables of ints, floats and one-character
# strings, a matrix of float rows. Their items come from one static array each.
limit = 300000
sieve = [False] * (limit + 1)
sieve[0] = sieve[1] = True
i = 2
while i * i <= limit:
    if not sieve[i]:
        for j in range(i * i, limit + 1, i):
            sieve[j] = True
    i += 1
squares = [k * k - 5000 for k in range(-100, 100)]
big = [(k * 2654435761) % (1 << 61) for k in range(50)]
halves = [k / 2.0 for k in range(-20, 20)] + [1e300, -0.0, 2.5e-310]
letters = [chr(97 + k % 26) for k in range(60)]
grid = [[((r * 31 + c) % 7) / 7.0 for c in range(12)] for r in range(9)]

count = 0
for k in range(2, limit + 1):
    if not sieve[k]:
        count += 1
print("primes below", limit, ":", count, [k for k in range(90) if not sieve[k]])
print(sum(squares), squares[:3], squares[-3:], big[7], big[-1])
print(halves[:5], halves[-3:], sum(halves[:40]))
print("".join(letters))
print(sum(sum(row) for row in grid), grid[4][5], grid[8])
sieve[7] = True
squares.append(1)
print(sieve[5:9], len(squares), squares[-2:])
