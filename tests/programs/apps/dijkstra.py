from __future__ import print_function
import os, sys

EDGES = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]


def build():
    g = {}
    for a, b, w in EDGES:
        g.setdefault(a, []).append((b, w))
        g.setdefault(b, []).append((a, w))
    return g


def shortest(g, src):
    dist = {src: 0}
    prev = {}
    todo = [src]
    done = set()
    while todo:
        best = todo[0]
        for n in todo:
            if dist[n] < dist[best] or (dist[n] == dist[best] and n < best):
                best = n
        todo.remove(best)
        done.add(best)
        for nb, w in g[best]:
            if nb in done:
                continue
            d = dist[best] + w
            if nb not in dist or d < dist[nb]:
                if nb not in dist:
                    todo.append(nb)
                dist[nb] = d
                prev[nb] = best
    return dist, prev


def path(prev, dst):
    p = [dst]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    p.reverse()
    return p


def entry_point(argv):
    g = build()
    dist, prev = shortest(g, "A")
    for n in sorted(dist.keys()):
        print(n, dist[n], "-".join(path(prev, n)))
    print("G" in dist)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
