# Tuples are immutable, but may contain mutable objects
t = (1, [2, 3], {"k": "v"})
try:
    t[0] = 100
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[1] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t[1].append(5)
t[2]["new"] = 1
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
w = u[:]
print(w == u, len(w))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
try:
    t.sort()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).count()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
