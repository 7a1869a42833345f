# An assignment expression as a statement needs parentheses, as in Python.
x := 5
print(x)
