class SettingsError(Exception):
    pass


def parse_port(value):
    return int(value)


def load_settings(raw):
    settings = {}
    for key, value in raw.items():
        if key == "port":
            try:
                settings[key] = parse_port(value)
            except ValueError as exc:
                raise SettingsError(f"invalid port: {value!r}") from exc
        else:
            settings[key] = value
    return settings


print(load_settings({"host": "localhost", "port": "8080"}))
load_settings({"host": "example.org", "port": "http"})
