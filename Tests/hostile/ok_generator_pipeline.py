# expect: ok
# A chain of generators over 200,000 items.
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

squares = (x * x for x in evens(range(200000)))
print(sum(squares))
