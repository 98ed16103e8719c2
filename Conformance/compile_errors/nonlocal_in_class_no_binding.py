def f():
    class C:
        nonlocal z
