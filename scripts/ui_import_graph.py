"""Measure the import graph of ``scardesk.ui``: cycles, and imports between screen folders.

    PYTHONPATH=. python scripts/ui_import_graph.py [--verbose] [--runtime]

Counts every import grimp sees, including the ones made inside functions, because a deferred
import still ties two modules together. Prints the strongly connected components (groups of
modules that reach each other, i.e. cycles) and the imports that cross from one screen folder
into another. The import-linter contracts in ``pyproject.toml`` enforce the result; this script
gives the figures behind them. ``--runtime`` leaves out imports made only for the type checker
(under ``if TYPE_CHECKING:``), which never run.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import grimp

PACKAGE = "scardesk.ui"
# Allowed to cross by the layers contract: the workspace composes tabs from several folders, and
# these shared feature folders are opened by several screens.
COMPOSER = "workspace"
SHARED_FEATURES = {"appointments", "documents", "safety"}


def strongly_connected(nodes: set[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so a deep graph cannot overflow the recursion limit."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def screen_folder(module: str, folders: set[str]) -> str | None:
    parts = module.split(".")
    if len(parts) > 2 and f"{parts[0]}.{parts[1]}.{parts[2]}" in folders:
        return parts[2]
    return None


def main() -> None:
    verbose = "--verbose" in sys.argv
    graph = grimp.build_graph(
        "scardesk",
        include_external_packages=False,
        exclude_type_checking_imports="--runtime" in sys.argv,
    )
    nodes = {m for m in graph.modules if m == PACKAGE or m.startswith(PACKAGE + ".")}
    edges: dict[str, set[str]] = defaultdict(set)
    for module in nodes:
        edges[module] = {m for m in graph.find_modules_directly_imported_by(module) if m in nodes}
    imports = sum(map(len, edges.values()))
    print(f"modules in {PACKAGE}: {len(nodes)}; imports between them: {imports}")

    cycles = [c for c in strongly_connected(nodes, edges) if len(c) > 1]
    in_cycles = sum(len(c) for c in cycles)
    print(f"components with a cycle: {len(cycles)}; modules in them: {in_cycles}")
    for component in sorted(cycles, key=len, reverse=True):
        print(f"  cycle of {len(component)}" + (":" if verbose else ""))
        if verbose:
            for member in component:
                print(f"    {member}")

    # A screen folder is a subpackage of ui other than the shared ``widgets``.
    folders = {m for m in nodes if m.count(".") == 2 and graph.find_children(m)}
    folders.discard(f"{PACKAGE}.widgets")
    crossings = []
    for module in sorted(nodes):
        source = screen_folder(module, folders)
        for imported in sorted(edges[module]):
            target = screen_folder(imported, folders)
            if source and target and source != target:
                crossings.append((module, imported))
    print(f"imports from one screen folder into another: {len(crossings)}")
    between_screens = [
        (a, b)
        for a, b in crossings
        if screen_folder(a, folders) != COMPOSER
        and screen_folder(b, folders) not in SHARED_FEATURES | {COMPOSER}
    ]
    print(
        f"  of which between independent screen folders: {len(between_screens)} "
        f"(the rest start in {COMPOSER}/ or end in {', '.join(sorted(SHARED_FEATURES))})"
    )
    pairs = sorted(
        {(screen_folder(a, folders), screen_folder(b, folders)) for a, b in crossings},
        key=str,
    )
    for source, target in pairs:
        print(f"  {source} -> {target}")
    if verbose:
        for module, imported in crossings:
            print(f"    {module} -> {imported}")


if __name__ == "__main__":
    main()
