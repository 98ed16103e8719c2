# expect: limit
# Multiplying two multi-megabit ints over and over: native CPU time that must still be bounded.
x = 7 ** (10**6)
while True:
    y = x * x
