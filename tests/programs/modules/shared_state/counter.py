import state


def bump(n):
    for i in range(n):
        state.record("bump", 1)
    return state.TOTALS["n"]
