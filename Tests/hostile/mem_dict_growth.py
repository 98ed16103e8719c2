# expect: memory
# A dict that gains a key per iteration forever.
d = {}
i = 0
while True:
    d[i] = i
    i += 1
