# Self-referencing lists print with [...] placeholders
a = []
a.append(a)
print(a, repr(a), str(a), len(a))
print(a[0] is a, a[0][0][0] is a)
b = [1, 2]
b.append(b)
b.append([b, 3])
print(b)
c = [1]
d = [c]
c.append(d)
print(c, d)
e = {"self": None, "items": []}
e["self"] = e
e["items"].append(e)
print(e)
f = [a, a]
print(f)
g = [1, (2, [3])]
g[1][1].append(g)
print(g)
h = {"k": [1]}
h["k"].append(h)
print(h, f"{h}", "%s" % (h,))
x = [0]
x[0] = x
print(x, [x], (x,))
print(str([[[]]]), repr([[], [[]], [[], [[]]]]))
