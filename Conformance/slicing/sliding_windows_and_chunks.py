# Sliding windows, chunking and pairing with slices
data = [4, 8, 15, 16, 23, 42, 7, 1]
k = 3
windows = [data[i:i + k] for i in range(len(data) - k + 1)]
print(windows)
print([max(w) for w in windows], [sum(w) for w in windows])
best = max(range(len(windows)), key=lambda i: sum(windows[i]))
print("best window at", best, windows[best])
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks, [len(c) for c in chunks])
pairs = list(zip(data[::2], data[1::2]))
print(pairs)
print(list(zip(data, data[1:])), list(zip(data, data[1:], data[2:]))[:2])
text = "abcdefghijklmnopqrstuvwxyz"
print([text[i:i + 5] for i in range(0, len(text), 5)])
print(text[::5], text[4::5], [text[i::5] for i in range(5)])
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))
print(is_sorted(data), is_sorted(sorted(data)), is_sorted([]), is_sorted([1]))
def merge(a, b):
    out = []
    while a and b:
        if a[0] <= b[0]:
            out.append(a[0])
            a = a[1:]
        else:
            out.append(b[0])
            b = b[1:]
    return out + a + b
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))
print(merge_sort(data), merge_sort(list("mergesort")))
half = len(data) // 2
print(data[:half], data[half:], data[half:] + data[:half])
