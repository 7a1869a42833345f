import sys

spec = ">" + str(len(sys.argv) + 8)
print(format([1, 2], spec))
