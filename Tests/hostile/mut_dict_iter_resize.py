# expect: error:RuntimeError
# Adding keys to a dict while iterating over it.
d = {i: i for i in range(5)}
for k in d:
    d[k + 100] = 1
