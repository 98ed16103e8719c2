# expect: limit
# list() of an endless generator: grows until memory, fuel or time runs out.
def ones():
    while True:
        yield 1

print(len(list(ones())))
