# f-strings built from strs, numbers and other values: identity of a lone {s}, conversions, padding, empty
# parts and non-ASCII text around fields.
name = "ab"
s = f"{name}"
print(s is name, f"{name!s}" == name, f"{name:5}|", f"{'x'}{name}{''}", f"{1}{2.5}{None}{[1]}", f"é{name}ü", len(f"é{name}ü"))
class S(str):
    pass
