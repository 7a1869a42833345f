# A Python 3 script whose portal keeps a bytes program and a bytearray memory in its reds, and a
# bound method of a list in a variable: the codewriter gave these values no register (the helpers
# reading them then read garbage under the JIT).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["mem", "ptr", "log", "acc", "n"])


def run(code, n):
    mem = bytearray(8)
    ptr = 0
    acc = 0
    out = []
    log = out.append
    pc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, mem=mem, ptr=ptr, log=log, acc=acc, n=n)
        op = code[pc]
        if op == ord("+"):
            mem[ptr] = (mem[ptr] + 5) % 256
        elif op == ord(">"):
            ptr = (ptr + 1) % len(mem)
        elif op == ord("."):
            acc += mem[ptr]
            log(mem[ptr])
        elif op == ord("j"):
            n -= 1
            if n > 0:
                pc = 0
                continue
        pc += 1
    return acc, out[-6:], bytes(mem)


if __name__ == "__main__":
    print(run(b"+.>++.>+++.j", 3000))
    print(run(b"j", 5))
