# A class that lacks a method its users call in several places (and an attribute read twice): one
# error for each missing name, the other uses as notes (it was one error, and the note on the class,
# per use).
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)


def evaluate(tokens):
    st = Stack()
    for tok in tokens:
        if tok == "+":
            b = st.pop()
            a = st.pop()
            st.push(a + b)
        elif tok == "*":
            b = st.pop()
            a = st.pop()
            st.push(a * b)
        else:
            st.push(int(tok))
    print("depth", st.size)
    print("depth after", st.size - 1)
    return st.pop()


print(evaluate("2 3 + 4 *".split()))
