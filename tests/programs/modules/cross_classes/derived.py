from base import Instr, VMError


class Push(Instr):
    name = "push"

    def execute(self, stack):
        stack.append(self.arg)


class Add(Instr):
    name = "add"

    def execute(self, stack):
        if len(stack) < 2:
            raise VMError("stack underflow in add")
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b)
