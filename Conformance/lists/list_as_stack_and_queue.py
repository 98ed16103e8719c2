# Using lists as stacks and queues
def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in expr:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}{", "([)]"]:
    print(repr(e), balanced(e))
def rpn(tokens):
    stack = []
    for t in tokens.split():
        if t in "+-*/":
            y, x = stack.pop(), stack.pop()
            stack.append({"+": x + y, "-": x - y, "*": x * y, "/": x / y}[t])
        else:
            stack.append(int(t))
    return stack.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * -"), rpn("7 2 /"))
queue = ["task1", "task2"]
queue.append("task3")
processed = []
while queue:
    item = queue.pop(0)
    processed.append(item)
    if item == "task2":
        queue.append("task2-followup")
print(processed)
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen, order, frontier = {"a"}, [], ["a"]
while frontier:
    node = frontier.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.append(nxt)
print("bfs", order)
stack, dfs = ["a"], []
visited = set()
while stack:
    node = stack.pop()
    if node in visited:
        continue
    visited.add(node)
    dfs.append(node)
    stack.extend(reversed(graph[node]))
print("dfs", dfs)
