# expect: ok
# Self-referencing containers print with [...] and {...} instead of looping.
a = [1]
a.append(a)
d = {'x': 1}
d['self'] = d
print(a, d)
print(a == a, d == d)
