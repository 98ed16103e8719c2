x = 1
print(x)
nonlocal y
