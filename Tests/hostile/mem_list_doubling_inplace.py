# expect: memory
# l *= 2 doubles the list in place every iteration.
l = [0]
while True:
    l *= 2
