class Paginator:
    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size

    def __iter__(self):
        for start in range(0, len(self.items), self.page_size):
            yield self.items[start:start + self.page_size]

    def __len__(self):
        return -(-len(self.items) // self.page_size)


p = Paginator(list(range(1, 11)), 4)
print(len(p))
for page_no, page in enumerate(p, 1):
    print(page_no, page)
print(list(p) == list(p))


class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


t = Tree(5, Tree(3, Tree(1), Tree(4)), Tree(8, None, Tree(9)))
print(list(t))
print(max(t), min(t), sum(t), 4 in t, 7 in t)
it = iter(t)
print(next(it), next(it))
print(sorted(t, reverse=True)[:3])
