# expect: memory
# A tuple of 10**10 elements.
t = (0,) * 10**10
print(len(t))
