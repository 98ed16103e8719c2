# expect: limit
# A native linear scan of a 10**6-element list, repeated forever.
l = [0] * 10**6
while True:
    1 in l
