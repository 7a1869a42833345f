# check-traceback
# A tuple that may be None, subscripted where it is None.
import sys

best = None
for s in [len(a) for a in sys.argv]:
    if s > 500:
        best = (s, str(s))
print("best:", best)
print(best[0])
