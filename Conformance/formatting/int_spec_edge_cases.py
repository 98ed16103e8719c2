# Format specs on ints that fit 64 bits and on those that do not, with every digit type, signs,
# alignment, fill, zero padding, grouping and the alternate form; and the errors CPython reports.
values = [0, 7, -7, 255, -255, 1234567, -1234567, 9223372036854775807, -9223372036854775808, 2 ** 70, -(2 ** 70), True]
specs = ["", "d", "5d", "05d", "<6", ">6", "^7", "=+8", "*^9", "+", " ", "-", ",", "_", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", "_b", "_x", "#010x", "012,d", "0=12", "n", "c", "e", ".2f", "%", "g"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(v, row)
for bad in [".2d", "z", ",x", "=c", "+c", "#c", "q", ",_"]:
    try:
        print(bad, format(42, bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
i = 42
print(f"{i:05d}|{i:>5}|{i:<5}|{i:^5}|{-i:05}|{i:x}|{i:#06b}|{i:,}|{10**9:,}|{10**9:_}|{i:+d}")
print(f"{3.14159:.2f}|{2.5:05.1f}|{-0.0:.1f}|{1e20:,.0f}|{1.5:%}|{0.1:g}|{1234.5:,.2f}")
