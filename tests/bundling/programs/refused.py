# rpy refuses this program (a variable both int and str): the test fails, the same way with or
# without bundles.
import sys

x = 1
if len(sys.argv) > 5:
    x = "many"
print(x + 1)
