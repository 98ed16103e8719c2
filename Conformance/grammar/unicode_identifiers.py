café = "coffee"
naïve = True
π = 3.14159
résumé_count = 2
数量 = 10
Δx = 0.5
print(café, naïve, π, résumé_count, 数量, Δx)


def größe(länge, breite):
    return länge * breite


print(größe(3, 4))


class Ñandú:
    especie = "ave"

    def __init__(self, nombre):
        self.nombre = nombre


n = Ñandú("Pepe")
print(n.nombre, Ñandú.especie, type(n).__name__)
ｆｕｌｌ = "fullwidth normalizes"
print(full)
ﬁle = "ligature normalizes to file"
print(file)
values = {"π": π, "数量": 数量}
print(sorted(values))
print("café" == "cafe\u0301", len("café"), len("cafe\u0301"))
print(getattr(n, "nombre"), "π".isidentifier(), "2x".isidentifier())
