x = 1
y = 2
try:
print(x)
