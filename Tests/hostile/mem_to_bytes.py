# expect: memory
# int.to_bytes with a length of 10**10.
b = (1).to_bytes(10**10, 'big')
print(len(b))
