x = 1
y = 2
try:
    pass
finally:
print(x)
