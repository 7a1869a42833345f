# --gc=gen, lists of instances (docs/GC.md, "Step 3b"): lists whose items are instances or None,
# and lists of such lists, live on the moving collector. Every operation below runs with
# collections in its middle under RPY_GC_STRESS=1 and 2 (programs/gc_gen_stress).


class Node(object):
    def __init__(self, value):
        self.value = value
        self.kids = []
        self.parent = None

    def add(self, kid):
        kid.parent = self
        self.kids.append(kid)
        return kid


class Job(object):
    def __init__(self, n, prio):
        self.n = n
        self.prio = prio


def build(depth, value):
    node = Node(value)
    if depth > 0:
        for i in range(3):
            node.add(build(depth - 1, value * 3 + i))
    return node


def total(node):
    t = node.value
    for kid in node.kids:
        t += total(kid)
    return t


def count_up(node):
    n = 0
    while node is not None:
        n += 1
        node = node.parent
    return n


def grown(n):
    # a list grown in a loop that allocates its items (append grows the items array)
    xs = []
    for i in range(n):
        xs.append(Job(i, i % 7))
    return xs


def pairs(n):
    # a list display whose items allocate, and a list of lists
    rows = []
    for i in range(n):
        rows.append([Job(i, 0), Job(i + 1, 1), None])
    return rows


def work_queue(start):
    # a FIFO of jobs: pop(0), insert, append, with allocation between the operations
    queue = [Job(start, 0)]
    done = 0
    steps = 0
    while len(queue) > 0:
        job = queue.pop(0)
        steps += 1
        done += job.n
        if job.n < 300:
            queue.append(Job(job.n * 2 + 1, job.prio + 1))
            queue.insert(0, Job(job.n * 2 + 2, job.prio + 1))
            if job.prio == 3:
                queue.insert(-1, Job(job.n + 1000, 9))
    return done * 1000 + steps


def slots(n):
    # [None] * n, items set by index (negative ones too), holes tested with `is None`
    table = [None] * n
    for i in range(0, n, 3):
        table[i] = Job(i, 1)
    table[-1] = Job(-1, 2)
    table[-2] = table[0]
    found = 0
    for j in table:
        if j is not None:
            found += j.n
    same = table[-2] is table[0]
    return found, same, table[1] is None, len(table)


def pick(xs, log):
    log.append(Job(len(log), 0))
    return xs


def main():
    root = build(4, 1)
    print(total(root), len(root.kids), len(root.kids[2].kids))
    leaf = root.kids[-1].kids[-1].kids[0].kids[1]
    print(leaf.value, count_up(leaf))
    root.kids[0] = Node(7)
    root.kids[1].kids.reverse()
    print(total(root), root.kids[1].kids[0].value, root.kids[0].value)

    jobs = grown(500)
    print(len(jobs), jobs[0].n, jobs[-1].n, jobs[250].prio)
    last = jobs.pop()
    first = jobs.pop(0)
    print(last.n, first.n, len(jobs), jobs[0].n)
    jobs.reverse()
    print(jobs[0].n, jobs[-1].n)

    rows = pairs(200)
    s = 0
    for row in rows:
        for j in row:
            if j is not None:
                s += j.n * 10 + j.prio
    print(s, rows[5][1].n, rows[-1][0].n, rows[3][2] is None)
    rows[7][2] = Job(70, 7)
    rows.append([rows[7][2]])
    print(rows[-1][0] is rows[7][2], rows[-1][0].prio)

    # `xs[i] = v`: the value, then the list, then the index (each may collect)
    log = []
    target = [None] * 3
    pick(target, log)[len(log)] = Job(50, 5)
    target[-1] = Job(60, 6)
    target[len(log) - 1] = pick(target, log)[1]
    print(target[1].n, target[2].n, target[0] is None, len(log))

    print(work_queue(1))
    print(slots(40))

    keep = []
    for k in range(100):
        tmp = [Job(k, 0), Job(k, 1)]
        keep.append(tmp[k % 2])
        if k % 10 == 0:
            keep = [keep[-1], Job(k, 5)]
    print(len(keep), keep[0].n, keep[1].prio, keep[-1].n)
    empty = []
    other = keep
    print(len(empty), not empty, keep is other, keep is not jobs)


main()
