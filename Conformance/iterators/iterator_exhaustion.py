# Iterators can be consumed only once
nums = [1, 2, 3, 4, 5]
it = iter(nums)
print(sum(it), sum(it))
it = iter(nums)
print(3 in it, list(it))
it = iter(nums)
print(6 in it, list(it))
g = (x * 2 for x in nums)
print(max(g), list(g))
m = map(str, nums)
print(",".join(m), "|" + ",".join(m) + "|")
z = zip("abc", nums)
print(dict(z), dict(z))
e = enumerate("xy")
print(list(e), list(e))
r = reversed(nums)
print(list(r), list(r))
f = filter(None, [0, 1, 2])
print(len(list(f)), len(list(f)))
lst = list(range(3))
print(list(lst), list(lst), "lists can be re-iterated")
rng = range(3)
print(list(rng), list(rng), "ranges too")
d = {"a": 1}
keys = d.keys()
print(list(keys), list(keys), "views too")
it = iter(nums)
first_two = [next(it), next(it)]
remainder = list(it)
print(first_two, remainder, next(it, "empty"))
it = iter(nums)
for x in it:
    if x == 2:
        break
print("resumed:", list(it))
gen = (c for c in "hello")
print(sorted(gen), sorted(gen))
