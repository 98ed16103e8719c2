# expect: limit
# Appending to the list being iterated: the loop never reaches the end.
l = [1]
for x in l:
    l.append(x)
