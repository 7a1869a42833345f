# committed: python3 raises NameError here, which the oracle self-check takes for a broken test
# check-traceback
# A module variable read before the script assigns it is a NameError, as in Python (not a
# default 0 or None); reads after the assignment, here and in functions, see the value.
def show():
    print("count is", count)


count = 0
for step in range(3):
    count += step
    show()
print(total)
total = count
