# expect: any-error
# Raising the recursion limit to overflow the native stack.
import sys
sys.setrecursionlimit(10**9)

def f(n):
    return f(n + 1)

f(0)
