# expect: limit
# join() of a generator with 10**10 items.
s = '-'.join(str(i) for i in range(10**10))
print(len(s))
