# expect: ok
# A slice step of -2**63 (negating it overflows a 64-bit int); CPython prints [3] c (3, 2, 1).
print([1, 2, 3][::-2**63], 'abc'[::-2**63], (1, 2, 3)[::-2**63][0], list(range(3))[::-2**63])
print([1, 2, 3][-2**63:2**63], 'abc'[2**63:], [1, 2, 3][2**100:-2**100:-1])
