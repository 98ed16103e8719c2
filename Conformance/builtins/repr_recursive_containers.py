# repr() of self-referencing and mutually-referencing containers
a = []
a.append(a)
print(repr(a), str(a), len(a))
b = [1, 2]
b.append(b)
b.insert(0, b)
print(b)
d = {}
d["me"] = d
d["list"] = [d]
print(d)
x = [1]
y = [2, x]
x.append(y)
print(x)
print(y)
z = {"a": [], "b": {}}
z["a"].append(z["b"])
z["b"]["back"] = z["a"]
print(z)
t = ([],)
t[0].append(t)
print(t)
s = [a, d]
print(s)
print(repr([[1, [2, [3, [4]]]]]), repr({"k": {"k": {"k": {}}}}))
outer = {"children": []}
child = {"parent": outer, "name": "kid"}
outer["children"].append(child)
print(outer)
print(child)
print(f"{a!r} {d!s}", "%r" % (b,))
