name = "Ada"
value = 3.14159
count = 42
items = ["x", "y"]
print(f"{name} {value} {count}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{value:.2f}|{value:10.3f}|{value:<10.1f}|{value:^10.1f}|{value:>+10.2f}")
print(f"{count:05d}|{count:x}|{count:X}|{count:o}|{count:b}|{count:,}|{1234567:_}")
print(f"{count=}", f"{value = :.1f}", f"{name=!r}", f"{count + 1=}")
print(f"{'nested ' + name}", f"{items[0]}{items[-1]}", f"{len(items)}")
width, prec = 12, 3
print(f"[{value:{width}.{prec}f}]", f"[{name:*^{width}}]", f"[{name:>{width - 4}}]")
print(f"{{literal braces}} {{{count}}}")
print(f"{'yes' if count > 40 else 'no'}", f"{[i * 2 for i in range(3)]}")
print(f"{dict(a=1)['a']}", f"{3 + 4j}", f"{None}", f"{True!r:>6}")
print(f"{f'{name:>5}':<8}|", f"{f'inner {count}'!r}")
print(F"upper F {count}", rf"raw \n {name}", fr"also raw \t {count}")
print(f"""triple {name}
second line {value:.0f}""")
print(f"{0.5:%}", f"{0.125:.1%}", f"{1e10:.2e}", f"{-5:+d}", f"{5: d}")
print(f"{'left':<6}|{'right':>6}|{'mid':^7}|")
print(f"{123.456:g}", f"{1000000:g}", f"{12:#x}", f"{'abc':.2}")
obj = {"k": [1, 2]}
print(f"{obj['k'][1]}", f'{obj["k"]}')
