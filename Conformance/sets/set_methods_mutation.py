# Mutating methods on sets
s = {3, 1}
s.add(2)
s.add(2)
print(s, len(s))
s.update([4, 5], (6,), range(7, 9))
print(s)
s.discard(100)
s.discard(8)
s.remove(7)
print(s)
t = s.copy()
t.clear()
print(s, t)
u = {1, 2, 3, 4, 5, 6}
u.intersection_update({2, 4, 6, 8}, range(5))
print(u)
v = {1, 2, 3, 4, 5}
v.difference_update({1}, [5])
print(v)
w = {1, 2, 3}
w.symmetric_difference_update({3, 4})
print(w)
popped = []
p = {10, 20, 30}
while p:
    popped.append(p.pop())
print(sorted(popped), p)
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2, 3]))
print(s.add(99), s.discard(99), s.update(), s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove(12345)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
