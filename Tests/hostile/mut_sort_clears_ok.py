# expect: ok
# A sort key that clears the list being sorted (CPython: no error, the list ends sorted).
l = list(range(100, 0, -1))

def key(x):
    l.clear()
    return x

l.sort(key=key)
print(l[:5], len(l))
