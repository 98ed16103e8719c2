# expect: memory
# list(range(10**10)): the length is known up front.
l = list(range(10**10))
print(len(l))
