# Loops over dicts and sets of instances whose body replaces keys (deletes one, adds another) and
# allocates, so a collection may move the dict and its table while the loop runs: each step reads
# the table through the rooted dict (codegen's emit_dict_for), and Python 3's checks hold
# ("dictionary keys changed during iteration" once more keys come than the dict had).
class Node:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
        self.tags = [name] * 3


def rekey(nodes, by):
    seen = []
    try:
        for k in nodes:
            seen.append(k)
            if k < by:
                n = nodes.pop(k)
                nodes[k + by] = Node(n.name + "'", n.weight + 1)
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen


def rekey_items(nodes, by):
    out = []
    try:
        for k, n in nodes.items():
            out.append(n.name)
            if k % 2 == 0 and k < by:
                del nodes[k]
                nodes[k + by] = Node(n.name.upper(), n.weight * 4)
    except RuntimeError as e:
        out.append(str(e))
    return out


def build(n):
    d = {}
    for i in range(n):
        d[i] = Node("n%d" % i, i)
    return d


def main():
    for n in (3, 7, 25):
        print(rekey(build(n), n))
        print(rekey_items(build(n), n))
        d = build(n)
        print(sorted((k, v.name) for k, v in d.items() if k % 3 == 0))


main()
