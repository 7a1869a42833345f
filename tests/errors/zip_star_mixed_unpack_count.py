def split(rows):
    names, ages, extra = zip(*rows)
    return names


print(split([("ann", 31), ("bob", 25)]))
