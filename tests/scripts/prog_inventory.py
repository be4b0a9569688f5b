# Inventory management with plain classes (no dataclasses): validation, reports, restocking.
class Product:
    __slots__ = ("sku", "name", "price", "qty", "category")
    def __init__(self, sku, name, price, qty=0, category="misc"):
        if price < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku, self.name, self.price, self.qty, self.category = sku, name, price, qty, category
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self._products = {}
        self.log = []
    def add(self, product):
        if product.sku in self._products:
            raise KeyError(f"duplicate sku {product.sku}")
        self._products[product.sku] = product
        self.log.append(("add", product.sku, product.qty))
    def __getitem__(self, sku):
        return self._products[sku]
    def __contains__(self, sku):
        return sku in self._products
    def __len__(self):
        return len(self._products)
    def __iter__(self):
        return iter(self._products.values())
    def sell(self, sku, qty):
        p = self[sku]
        if qty > p.qty:
            raise OutOfStock(f"only {p.qty} x {p.name} left, wanted {qty}")
        p.qty -= qty
        self.log.append(("sell", sku, qty))
        return round(p.price * qty, 2)
    def restock(self, threshold=5, amount=20):
        restocked = []
        for p in self:
            if p.qty < threshold:
                p.qty += amount
                restocked.append(p.sku)
                self.log.append(("restock", p.sku, amount))
        return restocked
    def by_category(self):
        groups = {}
        for p in self:
            groups.setdefault(p.category, []).append(p)
        return {c: sorted(ps, key=lambda p: p.name) for c, ps in sorted(groups.items())}
    def total_value(self):
        return round(sum(p.value for p in self), 2)
    def report(self):
        rows = [f"{'SKU':<6}{'Name':<14}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for cat, products in self.by_category().items():
            rows.append(f"[{cat}]")
            for p in products:
                rows.append(f"{p.sku:<6}{p.name:<14}{p.price:>8.2f}{p.qty:>5}{p.value:>10.2f}")
        rows.append(f"{'':<6}{'TOTAL':<14}{'':>8}{sum(p.qty for p in self):>5}{self.total_value():>10.2f}")
        return "\n".join(rows)
inv = Inventory()
catalog = [
    ("A100", "Widget", 2.50, 100, "parts"),
    ("A200", "Gadget", 12.99, 3, "gadgets"),
    ("B300", "Doohickey", 0.35, 1000, "parts"),
    ("C400", "Thingamajig", 99.0, 1, "gadgets"),
    ("D500", "Whatsit", 5.0, 0),
]
for entry in catalog:
    inv.add(Product(*entry))
print(len(inv), "A100" in inv, "Z999" in inv, inv["A200"])
try:
    inv.add(Product("A100", "Dup", 1.0))
except KeyError as e:
    print("KeyError:", e)
try:
    Product("X1", "Bad", -1)
except ValueError as e:
    print("ValueError:", e)
orders = [("A100", 10), ("A200", 5), ("B300", 999), ("C400", 1), ("Z999", 1), ("D500", 1), ("A100", 90)]
revenue = 0.0
for sku, qty in orders:
    try:
        amount = inv.sell(sku, qty)
        revenue += amount
        print(f"sold {qty:>4} x {sku}: {amount:>8.2f}")
    except OutOfStock as e:
        print(f"cannot sell {sku}: {e}")
    except KeyError as e:
        print(f"unknown sku {e}")
print(f"revenue: {revenue:.2f}")
print(inv.report())
print("restocked:", inv.restock())
print(inv.report())
print("log entries:", len(inv.log), inv.log[-3:])
print(sorted(inv, key=lambda p: -p.value)[:2])
print({p.sku for p in inv if p.category == "parts"} == {"A100", "B300"}, len(set(inv)), Product("A100", "x", 1) in set(inv))
summary = {}
for kind, sku, qty in inv.log:
    summary[kind] = summary.get(kind, 0) + qty
print(summary)
