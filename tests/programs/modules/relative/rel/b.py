SCALE = 10


def base_value():
    return 7
