# expect: memory
# Joining 10**5 references to one 1000-character string: a 100 MB result from a small list.
parts = ['x' * 1000] * 10**5
s = ','.join(parts)
print(len(s))
