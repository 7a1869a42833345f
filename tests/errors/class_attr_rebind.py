# Class attributes rebound at run time: what Python would make of these forms is not what one
# hidden cell per attribute gives, so rpy refuses them with the reason.
class Base:
    count = 0
    tag = "b"

    def run(self):
        return 1


class Sub(Base):
    pass


def main():
    Sub.count = 5
    Base.run = None
    Base.missing = 1
    print(Sub.count)


main()
