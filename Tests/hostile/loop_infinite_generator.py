# expect: limit
# A for loop over a generator that never ends.
def count():
    n = 0
    while True:
        yield n
        n += 1

for x in count():
    pass
