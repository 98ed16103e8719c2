# expect: memory
# range(10**18) iterated into a list one element at a time.
l = []
for i in range(10**18):
    l.append(i)
