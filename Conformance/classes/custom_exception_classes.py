class AppError(Exception):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(LookupError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"missing {self.key!r}"


class ConfigError(ValueError):
    pass


def validate(user):
    if "name" not in user:
        raise NotFound("name")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("age", 0) < 0:
        raise ConfigError("age must be >= 0", user["age"])
    return "ok"


for u in [{"name": "Al"}, {}, {"name": "A"}, {"name": "Bo", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("validation", type(e).__name__, e, e.field, isinstance(e, ValueError))
    except LookupError as e:
        print("lookup", type(e).__name__, e, e.args)
    except ValueError as e:
        print("value", type(e).__name__, e, e.args)

print(repr(ValidationError("f", "bad")))
print(repr(NotFound("k")))
print([c.__name__ for c in ValidationError.__mro__])
raise ValidationError("email", "invalid format")
