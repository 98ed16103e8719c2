try:
    x = int('a')
except
    x = 0
print(x)
