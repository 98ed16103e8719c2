# expect: recursion
# hash() of a tuple nested 10**5 deep. CPython 3.11 overflows the C stack here; Monty must not crash.
t = ()
for _ in range(10**5):
    t = (t,)
print(hash(t))
