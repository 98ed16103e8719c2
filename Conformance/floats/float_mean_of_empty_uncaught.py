# Average temperatures per city; an empty list triggers an uncaught ZeroDivisionError
readings = {
    "oslo": [-3.5, -1.0, 0.5, 2.0],
    "cairo": [30.25, 31.5, 29.75],
    "lima": [],
}
for city in ["oslo", "cairo", "lima"]:
    temps = readings[city]
    print("city:", city, "count:", len(temps))
    avg = sum(temps) / len(temps)
    print(f"  avg={avg:.2f} min={min(temps)} max={max(temps)}")
print("unreachable")
