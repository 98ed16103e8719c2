# expect: limit
# Each exception is chained to the previous one, so the chain grows without bound.
prev = None
while True:
    try:
        raise ValueError("link") from prev
    except ValueError as e:
        prev = e
