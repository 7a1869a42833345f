# f(*args) of a builtin or a class without __init__ spreads a tuple of known length; a list would
# be taken as one argument, so rpy refuses it instead of printing a wrong result.
import sys
l = [1, 2]
print(max(*l))
raise ValueError(*sys.argv)
