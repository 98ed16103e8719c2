x = 10
x += 5
print("+=", x)
x -= 3
print("-=", x)
x *= 4
print("*=", x)
x /= 3
print("/=", x)
x //= 2
print("//=", x)
x %= 5
print("%=", x)
x **= 3
print("**=", x)
n = 0b1100
n &= 0b1010
print("&=", n)
n |= 0b0001
print("|=", n)
n ^= 0b1111
print("^=", n)
n <<= 3
print("<<=", n)
n >>= 2
print(">>=", n)
s = "ab"
s *= 3
s += "!"
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
d = {"k": 1}
d["k"] += 10
d |= {"z": 0}
print(d)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v)


m = M(3)
m @= M(4)
print("@=", m.v)
obj = M(1)
obj.v += 41
print(obj.v)
