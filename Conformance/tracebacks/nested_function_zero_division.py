def report(data):
    def average(values):
        def total():
            return sum(values)
        return total() / len(values)

    lines = []
    for name, values in data.items():
        lines.append(f"{name}: {average(values):.2f}")
        print(lines[-1])
    return lines


report({"cpu": [10, 20, 30], "mem": [50, 55], "disk": []})
