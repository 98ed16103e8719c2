# expect: memory
# A list comprehension over range(10**18).
l = [i for i in range(10**18)]
print(len(l))
