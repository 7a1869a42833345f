# min()/max() of several zip()/enumerate() objects compares the objects themselves: python3 raises
# TypeError ('<' not supported between instances of 'zip' and 'zip'). rpy built each as a list and
# compared the lists (a wrong answer); now it refuses the call by name.
def main():
    a = [1, 2]
    b = "xy"
    print(min(zip(a, b), zip(b, a)))
    print(max(enumerate(a), enumerate(b)))


main()
