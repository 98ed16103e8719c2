# expect: memory
# Replacing the empty string inserts the replacement between every character: 10**5 * 1000 = 10**8 chars.
s = 'x' * 10**5
t = s.replace('', 'y' * 1000)
print(len(t))
