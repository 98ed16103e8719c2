# Slicing strings with positive and negative steps
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[100:], s[-100:3], s[3:100])
print(repr(s[5:5]), repr(s[6:2]), repr(s[-1:-5]), s[-1:-5:-1])
print(s[:], s[::1] == s, s[::-1][::-1] == s)
print(s[slice(2, 6)], s[slice(None, None, -3)], s[slice(-4, None)])
word = "racecar"
print(word == word[::-1], "level"[::-1], "python"[::-1])
def is_palindrome(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]
for phrase in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(phrase), is_palindrome(phrase))
code = "ABCD-1234-EFGH-5678"
print(code[:4], code[5:9], code[-4:], code[::5])
print([code[i:i + 4] for i in range(0, len(code), 5)])
uni = "αβγδεζηθ"
print(uni[1:7:2], uni[::-3], uni[-2:])
print(s[0], s[-1], s[len(s) - 1])
try:
    print(s[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s["1"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
