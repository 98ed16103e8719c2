# repr of nested tuples and tuples that contain mutable containers
items = [(), (1,), (1, 2), ((),), ((), ()), (((1,),),), ("a", ("b", ("c",))), (None,), ([],), ({},)]
for t in items:
    print(repr(t), len(t))
t = ([],)
t[0].append(t)
print(t)
u = ({},)
u[0]["self"] = u
print(u)
print(str((1.0, -0.0, 1e20, float("inf"))), repr(("é", "\n", "'")))
print(((1, 2), [3, 4], {5: (6,)}))
print(tuple([[1, 2], [3]]), tuple(tuple(r) for r in [[1, 2], [3]]))
big = tuple(range(20))
print(big)
print((True, False, 0, 1), (2**70, -(2**70)))
print(f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((1, 2)), "%r" % ((),))
print(((("deep",),),)[0][0][0])
