class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def describe(self):
        return super().describe() + f" [{self.breed}]"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"


animals = [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug")]
for a in animals:
    print(a.speak(), "|", a.describe())

print(isinstance(animals[2], Animal), isinstance(animals[0], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__)
print(issubclass(Dog, (int, Animal)))
