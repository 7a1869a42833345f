pairs = list(map(None, [1, 2]))
print(pairs)
