def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount


print(withdraw(100, 30))
for args in [(100, -5), (10, 50)]:
    try:
        withdraw(*args)
    except AssertionError as e:
        print(type(e).__name__, e)

try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

try:
    assert [], ["payload", 1]
except AssertionError as e:
    print(e.args[0])

assert True, "never shown"
x = 5
assert x == 5
print("assertions passed")
assert isinstance(x, str), f"expected str, got {type(x).__name__}"
