# A script whose code all runs without output: the program is that code, and python3 prints
# nothing; neither does the translated program.
total = 0
for i in range(10):
    total += i
assert total == 45
table = {i: i * i for i in range(5)}
