import sys
from operator import itemgetter
rows = [[1, 2], [0, 5]]
k = len(sys.argv) - 1
print(sorted(rows, key=itemgetter(k)))
