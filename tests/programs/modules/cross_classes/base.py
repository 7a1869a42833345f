class Instr(object):
    name = "instr"

    def __init__(self, arg):
        self.arg = arg

    def execute(self, stack):
        raise NotImplementedError

    def show(self):
        return self.name + " " + str(self.arg)


class VMError(Exception):
    def __init__(self, msg):
        self.msg = msg
