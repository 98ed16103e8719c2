x = 1
y = 2
with open('f') as fh:
print(x)
