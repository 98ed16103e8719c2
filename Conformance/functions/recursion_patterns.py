def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def tree_depth(node):
    if not node:
        return 0
    return 1 + max((tree_depth(c) for c in node.get("children", [])), default=0)


print(factorial(0), factorial(5), factorial(20))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(permutations([1, 2, 3]))
print(is_even(10), is_odd(7), is_even(3))
tree = {"name": "root", "children": [{"children": [{"children": []}]}, {}]}
print(tree_depth(tree))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
