# expect: limit
# Repeated squaring doubles the size of x each time.
x = 3
while True:
    x = x * x
