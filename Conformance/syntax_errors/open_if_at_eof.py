x = 1
print(x)
if x:
