# Uncaught KeyError from a dict lookup.
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("user", "anonymous"))
print(config["user"])
