# Python 2 style dict iteration raises an uncaught AttributeError
ages = {"ann": 31, "bob": 27, "cy": 45}
for name, age in ages.items():
    print(f"{name} is {age}")
oldest = max(ages, key=ages.get)
print("oldest:", oldest, ages[oldest])
print(sorted(ages.values()), sum(ages.values()) / len(ages))
print(hasattr(ages, "items"), hasattr(ages, "iteritems"), hasattr(ages, "has_key"))
for name, age in ages.iteritems():
    print("unreachable", name, age)
