# expect: limit
# max() over a huge range of small-looking ints.
print(max(range(10**15)))
