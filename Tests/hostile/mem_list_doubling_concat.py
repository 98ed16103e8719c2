# expect: memory
# l = l + l doubles the list every iteration.
l = [0]
while True:
    l = l + l
