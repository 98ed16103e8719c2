try:
    x = int('a')
except ValueError
    x = 0
print(x)
