EVENTS = []
TOTALS = {"n": 0}


def record(kind, amount):
    EVENTS.append(kind)
    TOTALS["n"] += amount
    return TOTALS["n"]
