# --gc=gen (tests/errors/CMakeLists.txt): a list of instances (the runtime's lists are not on the
# moving collector yet): refused with a message, never translated wrongly.
class P(object):
    def __init__(self, x):
        self.x = x


def main():
    ps = []
    for i in range(3):
        ps.append(P(i))
    print(len(ps))


main()
