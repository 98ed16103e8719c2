def handle(command, stack):
    op, *args = command.split()
    if op == "push":
        for a in args:
            stack.append(int(a))
    elif op == "pop":
        return stack.pop() if stack else "empty"
    elif op in ("add", "mul"):
        if len(stack) < 2:
            return "underflow"
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if op == "add" else a * b)
    elif op == "dup":
        stack.append(stack[-1])
    else:
        return f"unknown {op}"
    return None


stack = []
program = ["push 2 3", "add", "dup", "mul", "pop", "pop", "add", "jump 4", "push 1"]
for line in program:
    result = handle(line, stack)
    status = "" if result is None else f" => {result}"
    print(f"{line:10}| {stack}{status}")
