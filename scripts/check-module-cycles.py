#!/usr/bin/env python3
"""Fails when modules of src/ import each other in a cycle (run by `make lint`).

A module is a file (`a/b.rs` or `a/b/mod.rs` is `a::b`). Each path a file names
(`crate::…`, `super::…`, `self::…`, in `use` trees and in code) is resolved to the deepest
module it reaches. The dependency counts between the two children of their closest common
module that contain them: `services::billing::catalog` naming
`services::customers::payment_methods` is an edge billing -> customers inside services,
and catalog -> subscriptions inside billing. A module's use of its own ancestors or
descendants is not an edge: a parent is the interface of its children. A cycle among the
edges of any module is reported with the files that make it.
"""
import pathlib
import re
import sys
from collections import defaultdict

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"
IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def module_of(path):
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts.pop()
    return tuple(parts)


def strip_comments(text):
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'"(\\.|[^"\\])*"', '""', text)
    return text


def expand_tree(prefix, tree):
    """`a::{b, c::{d, self}}` after `prefix` -> every full path."""
    tree = tree.strip()
    if not tree.startswith("{"):
        return [prefix + [p for p in re.split(r"\s*::\s*", tree.split(" as ")[0]) if p]]
    inner, depth, item, items = tree[1:-1], 0, "", []
    for ch in inner:
        depth += ch == "{"
        depth -= ch == "}"
        if ch == "," and depth == 0:
            items.append(item)
            item = ""
        else:
            item += ch
    items.append(item)
    paths = []
    for item in filter(str.strip, items):
        head = re.match(r"\s*((?:" + IDENT + r"\s*::\s*)*)(.*)", item, re.S)
        segs = [s for s in re.split(r"\s*::\s*", head.group(1)) if s]
        rest = head.group(2).strip()
        if rest.startswith("{"):
            paths += expand_tree(prefix + segs, rest)
        else:
            name = rest.split(" as ")[0].strip()
            paths.append(prefix + segs + ([] if name in ("self", "*") else [name]))
    return paths


def named_paths(text):
    """Every `crate::`/`super::`/`self::` path in `text`, use trees expanded."""
    paths = []
    for m in re.finditer(r"\b(crate|super|self)((?:\s*::\s*" + IDENT + r")*)\s*::\s*\{", text):
        start = m.end() - 1
        depth, end = 0, start
        for end in range(start, len(text)):
            depth += text[end] == "{"
            depth -= text[end] == "}"
            if depth == 0:
                break
        prefix = [m.group(1)] + [s for s in re.split(r"\s*::\s*", m.group(2)) if s]
        paths += expand_tree(prefix, text[start : end + 1])
    for m in re.finditer(r"\b(crate|super|self)((?:\s*::\s*" + IDENT + r")+)", text):
        paths.append([m.group(1)] + [s for s in re.split(r"\s*::\s*", m.group(2)) if s])
    return paths


def resolve(module, path, modules):
    """The deepest known module `path` (seen from `module`) reaches."""
    if path[0] == "crate":
        base, rest = (), path[1:]
    else:
        base, rest = module, path
        while rest and rest[0] in ("self", "super"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
    target = base
    for seg in rest:
        if target + (seg,) in modules:
            target = target + (seg,)
        else:
            break
    return target


def main():
    files = {module_of(p): p for p in SRC.rglob("*.rs")}
    modules = set(files)
    edges = defaultdict(lambda: defaultdict(set))  # parent -> a -> {b}
    witness = {}
    for module, path in files.items():
        text = strip_comments(path.read_text())
        # Unit tests may reach anywhere.
        text = text.split("#[cfg(test)]\nmod tests")[0]
        for named in named_paths(text):
            target = resolve(module, named, modules)
            common = 0
            while common < min(len(module), len(target)) and module[common] == target[common]:
                common += 1
            if common == len(module) or common == len(target):
                continue  # an ancestor or a descendant
            parent, a, b = module[:common], module[common], target[common]
            edges[parent][a].add(b)
            witness.setdefault((parent, a, b), (path.relative_to(SRC.parent), "::".join(target)))
    cycles = []
    for parent, graph in edges.items():
        for cycle in find_cycles(graph):
            cycles.append((parent, cycle))
    if not cycles:
        print("module cycles: none")
        return 0
    for parent, cycle in cycles:
        where = "::".join(parent) or "crate"
        print(f"module cycle inside {where}: {' -> '.join(cycle + [cycle[0]])}")
        for a, b in zip(cycle, cycle[1:] + cycle[:1]):
            file, target = witness[(parent, a, b)]
            print(f"    {a} -> {b}: {file} names {target}")
    return 1


def find_cycles(graph):
    """One cycle per strongly connected component of more than one node."""
    index, low, stack, on_stack, components, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                components.append(set(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    cycles = []
    for component in components:
        # A shortest cycle through the component's first node, by breadth-first search.
        start = min(component)
        previous, frontier = {start: None}, [start]
        found = None
        while frontier and not found:
            nxt_frontier = []
            for node in frontier:
                for nxt in sorted(graph.get(node, ())):
                    if nxt not in component:
                        continue
                    if nxt == start:
                        found = node
                        break
                    if nxt not in previous:
                        previous[nxt] = node
                        nxt_frontier.append(nxt)
                if found:
                    break
            frontier = nxt_frontier
        cycle, node = [], found
        while node is not None:
            cycle.append(node)
            node = previous[node]
        cycles.append(list(reversed(cycle)))
    return cycles


if __name__ == "__main__":
    sys.exit(main())
