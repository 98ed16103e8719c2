# expect: memory
# bytes(n) allocates n zero bytes.
b = bytes(10**10)
print(len(b))
