# expect: recursion
# Two distinct self-containing lists: comparing them never bottoms out (CPython: RecursionError).
a = []
a.append(a)
b = []
b.append(b)
print(a == b)
