x = 1
y = 2
try:
    pass
except ValueError:
print(x)
