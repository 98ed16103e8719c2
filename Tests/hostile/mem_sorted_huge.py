# expect: limit
# sorted() must materialise a list of 10**9 ints.
print(sorted(range(10**9))[0])
