#!/usr/bin/env python3
"""After the end-to-end journeys: the card numbers, CVCs and IBANs they typed must appear
nowhere in the database files (SQLite main file and WAL) or the server log.

Usage: scripts/check-no-card-data.py DIR   (DIR holds vinr.db* and server.log)
A CVC is three digits and occurs by chance in timestamps, so it is searched next to its
field name, as a leaked request body or log line would show it."""
import pathlib
import re
import sys

# What end2end/tests/payment-methods.spec.ts and billing.spec.ts type or send.
CARD_NUMBERS = ["4242424242424242", "5555555555554444", "4000000000000002", "4000000000009995"]
IBANS = ["DE89370400440532013000", "DE89370400440532013001"]
CVCS = ["817", "123"]


def patterns():
    for number in CARD_NUMBERS + IBANS:
        yield number, re.compile(re.escape(number).encode())
        # The same with the spaces a customer types, every four characters.
        spaced = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
        yield spaced, re.compile(re.escape(spaced).encode())
        plus = spaced.replace(" ", "+")  # form encoding
        yield plus, re.compile(re.escape(plus).encode())
    for cvc in CVCS:
        yield f"cvc {cvc}", re.compile(rb'cvc["\']?\s*[:=]\s*["\']?' + cvc.encode() + rb"\b", re.I)


def main():
    directory = pathlib.Path(sys.argv[1])
    files = sorted(directory.glob("vinr.db*")) + [directory / "server.log"]
    missing = [str(f) for f in files if not f.exists()]
    if not any(f.exists() for f in files if f.name.startswith("vinr.db")) or "server.log" in " ".join(missing):
        print(f"check-no-card-data: expected a database and server.log in {directory}", file=sys.stderr)
        return 2
    hits = []
    for path in files:
        if not path.exists():
            continue
        data = path.read_bytes()
        for name, pattern in patterns():
            if pattern.search(data):
                hits.append(f"{path}: {name}")
    if hits:
        print("card data found where it must never be:", *hits, sep="\n  ", file=sys.stderr)
        return 1
    print(f"check-no-card-data: no card number, CVC or IBAN in {', '.join(str(f) for f in files if f.exists())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
