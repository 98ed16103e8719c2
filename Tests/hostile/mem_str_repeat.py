# expect: memory
# A 10 GB string in one expression: the size must be refused before allocating.
s = 'x' * 10**10
print(len(s))
