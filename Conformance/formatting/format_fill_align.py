# Fill characters, alignment, sign and zero padding
for v in [42, -42, 0]:
    print(f"[{v:<8}] [{v:>8}] [{v:^8}] [{v:=8}] [{v:08}] [{v:+08}] [{v: 8}]")
for v in [3.5, -3.5]:
    print(f"[{v:<9.2f}] [{v:>9.2f}] [{v:^9.2f}] [{v:=9.2f}] [{v:09.2f}] [{v:_^+9.2f}]")
for s in ["", "a", "abcd", "abcdefghijk"]:
    print(f"[{s:<6}] [{s:>6}] [{s:^6}] [{s:-^6}] [{s:.3}] [{s:>6.2}]")
print(f"[{'x':=<5}] [{'x':<<5}] [{'x':>>5}] [{'x':^^5}] [{'x':0>5}] [{'x':0<5}]")
print(f"[{12:x<6}] [{12:0^6}] [{12:->+6}] [{12:#>#6x}]")
print(f"[{True:>6}] [{True:d}] [{None!s:>6}] [{False!r:^7}]")
print(f"[{1234567:>15,}] [{1234567:<15_}] [{-1234567.891:^20,.2f}]")
print(f"[{'é':*^5}] [{'日本':>6}] [{'😀':.<4}]")
print(f"[{0.000123:>10.2g}] [{123456789:>10.3g}] [{1.0:>10g}]")
bar_data = [("mon", 3), ("tue", 7), ("wed", 0), ("thu", 12), ("fri", 5)]
peak = max(v for _, v in bar_data)
for day, v in bar_data:
    bar = "#" * round(v / peak * 20)
    print(f"{day:>4} |{bar:<20}| {v:>3}")
try:
    print(f"{'abc':=5}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'abc':+}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'abc':05}")
except ValueError as e:
    print(type(e).__name__, e)
