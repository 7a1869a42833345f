# One misspelled name, read in three places: Python raises NameError at the first read that runs;
# rpy reports the name once, with the other reads as notes (it was three errors).
def summarize(scores):
    total = 0
    for s in scores:
        total += s
    mean = totl / len(scores)
    print("total:", totl)
    print("mean: %.2f" % mean)
    return totl


summarize([3, 5, 8])
