# expect: limit
# Overflows the stack, catches RecursionError, and does it again forever.
def down(n):
    return down(n + 1)

while True:
    try:
        down(0)
    except RecursionError:
        pass
