# committed: the bundling test's failure on purpose (its committed expectation is wrong)
print("what the program prints")
