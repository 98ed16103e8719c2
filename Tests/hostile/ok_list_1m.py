# expect: ok
# A list of a million ints (several MB), summed, sliced and reversed.
l = list(range(10**6))
print(sum(l), l[::1000][-1], l[::-1][0], len(l[1:-1]))
