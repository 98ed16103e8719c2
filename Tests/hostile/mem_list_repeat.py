# expect: memory
# A list of 10**10 elements.
l = [0] * 10**10
print(len(l))
