# f-strings with nested format specs and expressions
width, precision = 12, 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:<{width}.{precision + 2}f}]")
print(f"[{value:^{width}.{precision}e}]")
align = ">"
fill = "."
print(f"[{'txt':{fill}{align}{width}}]")
for a in "<^>":
    print(f"[{'mid':{a}9}] [{42:{a}9}] [{-1.5:{a}9.2f}]")
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 12.0}
col = max(len(k) for k in items)
for k, v in items.items():
    print(f"{k:<{col}} : {v:>{col}.{2}f}")
n = 255
for spec in ["d", "x", "X", "o", "b", "#x", "08b", ",", "+d", "^9"]:
    print(f"{spec!r:>6} -> [{n:{spec}}]")
print(f"{'nested ' + f'{1 + 1}' + ' inner'}")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)} {(lambda z: z * 3)(4)}")
print(f"{3 if True else 4} {'yes' if n > 100 else 'no'} {n // 10 % 10}")
print(f"{n:{'>' if n > 0 else '<'}{'1' + '0'}}|")
total = 1234.5
print(f"Total: {total:,.2f} ({total / 100:.1%} of 100k)")
print(f"{{braces}} {{{n}}} {'{'}{'}'}")
x = 10
print(f"{x=}, {x*2=}, {x = }, {x=:>5}, {x=!r}")
