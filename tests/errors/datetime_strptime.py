# datetime.strptime is not supported: translated code calling it is refused, naming it.
import datetime
import sys

d = datetime.datetime.strptime(sys.argv[1], "%Y-%m-%d")
print(d)
