# expect: error:RuntimeError
# Adding elements to a set while iterating over it.
s = set(range(5))
for x in s:
    s.add(x + 100)
