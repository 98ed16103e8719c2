# expect: limit
# A single builtin call that loops 10**15 times in native code: it must charge fuel or check the clock.
print(sum(range(10**15)))
