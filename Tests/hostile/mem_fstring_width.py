# expect: memory
# f-string field width of 10**9.
s = f'{1:>1000000000}'
print(len(s))
