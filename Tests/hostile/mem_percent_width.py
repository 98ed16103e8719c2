# expect: memory
# printf-style field width of 10**9.
s = '%1000000000d' % 1
print(len(s))
