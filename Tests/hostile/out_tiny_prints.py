# expect: limit
# An endless flood of one-character writes without newlines.
while True:
    print(1, end='')
