# expect: limit
# s += s doubles a string every iteration (memory or the work charged for copying stops it).
s = 'x'
while True:
    s += s
