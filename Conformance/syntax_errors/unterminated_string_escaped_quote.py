import math

x = 1
s = 'it\'s
print(s)
