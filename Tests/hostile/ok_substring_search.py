# expect: ok
# A worst case for naive substring search: 10**6 haystack, 10**5+1 needle that almost matches everywhere.
hay = 'a' * 10**6
needle = 'a' * 10**5 + 'b'
print(hay.find(needle), needle in hay, hay.count(needle), len(hay.split(needle)))
