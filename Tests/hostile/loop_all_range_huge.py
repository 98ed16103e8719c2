# expect: limit
# all() over a huge range: every element is truthy, so it never short-circuits.
print(all(range(1, 10**15)))
