# expect: limit
# An endless flood of 1000-character lines.
while True:
    print('x' * 1000)
