# Sorting lists of tuples and dicts with key=lambda, reverse=True, and sorted() vs list.sort().


def make_people(n):
    first = ["Ada", "Bob", "Cy", "Dee", "Eve", "Flo", "Gus", "Hal", "Ivy", "Jo"]
    cities = ["Oslo", "Lima", "Rome", "Kyiv", "Pune", "Nice"]
    people = []
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        people.append({
            "id": i,
            "name": first[state % 10] + str(state % 997),
            "age": 18 + (state >> 8) % 60,
            "city": cities[(state >> 4) % 6],
            "score": ((state >> 12) % 10000) / 100,
        })
    return people


def main():
    people = make_people(50000)
    total = 0
    for round_ in range(4):
        by_age = sorted(people, key=lambda p: p["age"])
        by_score = sorted(people, key=lambda p: p["score"], reverse=True)
        by_city_name = sorted(people, key=lambda p: (p["city"], p["name"], p["id"]))
        tuples = [(p["score"], p["age"], p["id"]) for p in people]
        tuples.sort(reverse=True)
        tuples.sort(key=lambda t: t[1])
        names = sorted(p["name"] for p in people)
        total += by_age[0]["id"] + by_score[0]["id"] + by_city_name[0]["id"] + tuples[0][2]
        total += len(names[0]) + round_
    best = by_score[:3]
    print("checksum:", total)
    print("best:", [(p["name"], p["score"]) for p in best])
    print("first by city:", by_city_name[0]["city"], by_city_name[0]["name"])
    print("oldest-last:", by_age[-1]["age"], tuples[-1])


main()
