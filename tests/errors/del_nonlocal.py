# `del` of a variable of the enclosing function, through `nonlocal`: rpy does not support it.
def outer():
    x = 1

    def drop():
        nonlocal x
        del x

    drop()
    return 0


print(outer())
