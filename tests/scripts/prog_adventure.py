# A text-adventure-like state machine driven by dicts and a scripted list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall", "up": "tower"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a damp cellar", "exits": {"up": "kitchen"}, "items": ["wine"], "dark": True},
    "tower": {"desc": "the top of the tower", "exits": {"down": "library"}, "items": [], "locked": True},
}
class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.handlers = {
            "look": self.look, "go": self.go, "take": self.take, "drop": self.drop,
            "inventory": self.show_inventory, "unlock": self.unlock, "eat": self.eat,
        }
    def room(self):
        return self.rooms[self.location]
    def look(self):
        r = self.room()
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is pitch dark."
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."
    def go(self, direction=None):
        if direction is None:
            return "Go where?"
        target = self.room()["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if self.rooms[target].get("locked"):
            return f"The way {direction} is locked."
        self.location = target
        self.moves += 1
        if target == "tower":
            self.state = "won"
        return self.look()
    def take(self, item=None):
        items = self.room()["items"]
        if item not in items:
            return f"There is no {item} here."
        if self.room().get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."
    def drop(self, item=None):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return f"Dropped: {item}."
    def show_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
    def unlock(self, direction=None):
        target = self.room()["exits"].get(direction)
        if not target or not self.rooms[target].get("locked"):
            return "Nothing to unlock there."
        if "key" not in self.inventory:
            return "You need a key."
        self.rooms[target]["locked"] = False
        return f"You unlock the way {direction}."
    def eat(self, item=None):
        if item != "bread" or item not in self.inventory:
            return "You can't eat that."
        self.inventory.remove(item)
        return "Delicious."
    def command(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *args = words
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        try:
            return handler(*args)
        except TypeError:
            return f"'{verb}' doesn't take {len(args)} words."
script = [
    "look", "take lamp", "go east", "take bread", "go down", "look", "take wine", "go up", "go west",
    "dance", "go north", "go up", "take key", "take key", "unlock up", "inventory", "eat bread",
    "drop book", "go up", "", "look at everything now", "go", "take",
]
game = Game(ROOMS)
for line in script:
    if game.state != "playing":
        print("(game over, ignoring:", repr(line) + ")")
        continue
    print(f"> {line}")
    print("  " + game.command(line))
print("state:", game.state, "moves:", game.moves, "inventory:", sorted(game.inventory))
print({name: r["items"] for name, r in game.rooms.items()})
print("original rooms untouched:", ROOMS["hall"]["items"], ROOMS["tower"]["locked"])
TRANSITIONS = {
    ("idle", "coin"): "ready", ("ready", "push"): "idle", ("ready", "coin"): "ready",
    ("idle", "push"): "idle",
}
state = "idle"
trace = []
for event in ["push", "coin", "coin", "push", "push", "kick", "coin"]:
    state = TRANSITIONS.get((state, event), state)
    trace.append(f"{event}->{state}")
print(trace)
