def divmod_like(a, b):
    return a // b, a % b


q, r = divmod_like(17, 5)
print(q, r)
print(divmod_like(-17, 5))


def no_return():
    x = 1


def bare_return(flag):
    if flag:
        return
    return "done"


print(no_return(), bare_return(True), bare_return(False))


def stats(nums):
    if not nums:
        return None
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return {"n": n, "mean": mean, "var": var, "min": min(nums), "max": max(nums)}


print(stats([]))
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))


def first_match(items, pred):
    for i, x in enumerate(items):
        if pred(x):
            return i, x
    return -1, None


print(first_match([3, 8, 12], lambda x: x > 5))
print(first_match([], lambda x: True))


def early_exit(data):
    try:
        return "from try"
    finally:
        print("cleanup runs")


print(early_exit(None))
