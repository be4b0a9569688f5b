# Uncaught user-defined exception with a message and extra attributes.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"setting {key!r}: {problem}")
        self.key = key
def load(settings):
    for key, value in settings.items():
        print("checking", key)
        if value is None:
            raise ConfigError(key, "value is missing")
load({"debug": True, "timeout": None, "name": "x"})
