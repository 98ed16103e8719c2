def check_invariants(state):
    def non_negative(field):
        assert state[field] >= 0, f"{field} went negative: {state[field]}"

    for field in sorted(state):
        non_negative(field)


def apply(state, ops):
    for op, field, amount in ops:
        if op == "add":
            state[field] += amount
        elif op == "sub":
            state[field] -= amount
        check_invariants(state)
        print("after", op, field, amount, "->", sorted(state.items()))
    return state


apply({"cash": 10, "stock": 5}, [("add", "cash", 5), ("sub", "stock", 2), ("sub", "cash", 20)])
