# expect: limit
# print(*range(10**6)): about 6.9 MB from one call with a million arguments.
print(*range(10**6))
