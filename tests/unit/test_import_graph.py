"""The package's import structure: no import cycles between its modules, and no
first-party import inside a function (except of modules that need an optional
dependency).

Both are read from the source with :mod:`ast`, without importing anything: a
module-level import statement (also inside ``if``/``try`` at module level) of module
``A`` naming module ``B`` is an edge A -> B, with the packages ``B`` sits in that
``A`` does not (Python runs their ``__init__`` first). A package importing its own
submodules (``from . import figures``) is not an edge to itself.
"""

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACKAGE = "assb_models"

#: cycles outside the reproductions, left for their owners: each a sorted tuple of
#: the modules in it (remove an entry once its cycle is gone)
KNOWN_CYCLES = set()

#: first-party modules that may be imported inside a function: they need an
#: optional dependency (``pip install assb-models[sweep]`` / ``[biologic]``)
OPTIONAL = ("assb_models.sweep", "assb_models.data.biologic")

#: function-local first-party imports allowed besides the optional ones:
#: (importing module, imported module); none
KNOWN_LOCAL_IMPORTS = set()


def _modules():
    """{dotted name: path} of every module of the package."""
    out = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_package(name, modules):
    return modules[name].name == "__init__.py"


def _absolute(node, name, modules):
    """The module an ``ImportFrom`` names, absolute."""
    if not node.level:
        return node.module
    package = name if _is_package(name, modules) else name.rsplit(".", 1)[0]
    base = package.split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _targets(node, name, modules):
    """First-party modules an import statement in module ``name`` runs."""
    if isinstance(node, ast.Import):
        named = [a.name for a in node.names]
    else:
        source = _absolute(node, name, modules)
        named = [source] + [f"{source}.{a.name}" for a in node.names]
    out = set()
    for target in named:
        if not target or not target.startswith(PACKAGE):
            continue
        parts = target.split(".")
        for k in range(1, len(parts) + 1):
            prefix = ".".join(parts[:k])
            # a package the importer sits in is already being initialised
            if prefix in modules and not (name + ".").startswith(prefix + "."):
                if prefix != name:
                    out.add(prefix)
    return out


def _module_level(tree):
    """Import statements run when the module is imported (not in a def/class)."""
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            for field in ("body", "orelse", "finalbody", "handlers"):
                stack.extend(getattr(node, field, []))
        elif isinstance(node, ast.ExceptHandler):
            stack.extend(node.body)


def import_graph():
    """{module: set of first-party modules its module-level imports run}."""
    modules = _modules()
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        graph[name] = set()
        for node in _module_level(tree):
            graph[name] |= _targets(node, name, modules)
    return graph


def cycles(graph):
    """The strongly connected components with more than one module (or a module
    importing itself), each as a sorted tuple (Tarjan's algorithm)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                found.append(tuple(sorted(component)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def function_local_imports():
    """(module, line, imported module) of every first-party import inside a
    function or class body."""
    modules = _modules()
    out = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        for scope in ast.walk(tree):
            if not isinstance(
                scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
            ):
                continue
            for node in ast.walk(scope):
                if isinstance(node, ast.Import):
                    named = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    source = _absolute(node, name, modules)
                    named = [
                        f"{source}.{a.name}"
                        if f"{source}.{a.name}" in modules
                        else source
                        for a in node.names
                    ]
                else:
                    continue
                out += [
                    (name, node.lineno, target)
                    for target in named
                    if target and target.split(".")[0] == PACKAGE
                ]
    return sorted(set(out))


def test_the_graph_sees_the_package():
    graph = import_graph()
    assert "assb_models.reproductions.kim2024.targets" in graph
    assert (
        "assb_models.reproductions.base"
        in graph["assb_models.reproductions.kim2024.targets"]
    )


def test_cycles_are_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [("a", "b", "c")]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    found = set(cycles(import_graph()))
    new = sorted(found - KNOWN_CYCLES)
    assert not new, "import cycles: " + "; ".join(" <-> ".join(c) for c in new)
    gone = sorted(KNOWN_CYCLES - found)
    assert not gone, f"known cycles now gone, remove them from KNOWN_CYCLES: {gone}"


def test_no_function_local_first_party_imports():
    found = [
        f"{name}:{line} imports {target}"
        for name, line, target in function_local_imports()
        if not target.startswith(OPTIONAL) and (name, target) not in KNOWN_LOCAL_IMPORTS
    ]
    assert not found, "function-local first-party imports:\n" + "\n".join(found)


def test_subpackages_load_on_attribute_access():
    """``assb_models.fitting`` works after a bare ``import assb_models`` (the names
    load lazily), and an unknown name is still an AttributeError."""
    code = (
        "import assb_models, sys\n"
        "assert 'assb_models.fitting' not in sys.modules\n"
        "assert assb_models.fitting.__name__ == 'assb_models.fitting'\n"
        "assert assb_models.simulation.run_cycles\n"
        "try:\n"
        "    assb_models.no_such_name\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
    )
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")
