# A misspelled local: Python 3.10+ says "name 'totl' is not defined. Did you mean: 'total'?";
# rpy suggests the same name, from the function's locals first.
def summarize(scores):
    total = 0
    for s in scores:
        total += s
    return totl * 2


print(summarize([3, 5, 8]))
