# Graph algorithms with sets of nodes and edges
edges = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (6, 7), (8, 8)]
nodes = {n for e in edges for n in e}
print(nodes)
adj = {n: set() for n in nodes}
for a, b in edges:
    adj[a].add(b)
    adj[b].add(a)
for n in sorted(adj):
    print(n, sorted(adj[n]), len(adj[n]))
def components(adj):
    seen, result = set(), []
    for start in sorted(adj):
        if start in seen:
            continue
        comp, stack = set(), [start]
        while stack:
            n = stack.pop()
            if n not in comp:
                comp.add(n)
                stack.extend(adj[n] - comp)
        seen |= comp
        result.append(sorted(comp))
    return result
print(components(adj))
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(tuple(sorted(e)) for e in undirected))
triangles = set()
for a in adj:
    for b in adj[a]:
        for c in adj[a] & adj[b]:
            if len({a, b, c}) == 3:
                triangles.add(tuple(sorted((a, b, c))))
print(sorted(triangles))
self_loops = sorted(n for n in adj if n in adj[n])
print(self_loops, sorted(n for n in adj if len(adj[n]) == 1))
print(nodes - {n for n in nodes if n % 2}, max(nodes, key=lambda n: (len(adj[n]), -n)))
