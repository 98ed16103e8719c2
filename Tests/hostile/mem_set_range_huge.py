# expect: limit
# set(range(10**9)).
s = set(range(10**9))
print(len(s))
