# expect: memory
# A set that gains an element per iteration forever.
s = set()
i = 0
while True:
    s.add(i)
    i += 1
