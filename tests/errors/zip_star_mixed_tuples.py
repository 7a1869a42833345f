def columns(people):
    return list(zip(*people))


print(columns([("ann", 31), ("bob", 25)]))
