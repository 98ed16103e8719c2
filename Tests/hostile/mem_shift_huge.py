# expect: error:OverflowError|memory
# 1 << 10**20: CPython says OverflowError (too many digits); a memory limit error is also acceptable.
print(1 << 10**20)
