"""Every audit action the code can write, read from the source itself.

An action is written as the third argument of ``UnitOfWork``, the ``action=`` of
``uow.note``/``record_success``, or the action of ``attested`` (whose refusal is written as
``<action>_refused``). Literals, ``a if c else b``, module constants, ``read_action(ReadKind.X)``
and the two status f-strings are resolved; any other expression is reported, so a new way of
naming an action cannot slip past the check that every action has a sentence.
"""

from __future__ import annotations

import ast
from pathlib import Path

import scardesk
from scardesk.domain.enums import AppointmentStatus, PlanStatus
from scardesk.domain.read_events import ReadKind, read_action

_ROOT = Path(str(scardesk.__file__)).parent
#: f"<prefix>.{status.value}": the statuses each prefix is written with.
_STATUS_FORMS = {"appointment.": AppointmentStatus, "plan.": PlanStatus}
#: Parameters that pass on an action their caller names (collected at the caller).
_PASSED_ON = {"action", "event.action"}


def written_actions() -> tuple[set[str], list[str]]:
    """The actions found, and the places whose action could not be resolved."""
    found: set[str] = set()
    unresolved: list[str] = []
    for path in sorted(_ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_constants(tree)
        functions = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for expr, refused in _action_arguments(node):
                names = _resolve(expr, constants, functions)
                if names is None:
                    where = f"{path.relative_to(_ROOT)}:{node.lineno}: {ast.unparse(expr)}"
                    unresolved.append(where)
                    continue
                found |= names
                if refused:
                    found |= {f"{name}_refused" for name in names}
    return found, unresolved


def _callee(node: ast.Call) -> str:
    func = node.func
    return (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else ""
    )


def _action_arguments(node: ast.Call) -> list[tuple[ast.expr, bool]]:
    callee = _callee(node)
    out: list[tuple[ast.expr, bool]] = []
    if callee == "UnitOfWork" and len(node.args) >= 3:
        out.append((node.args[2], False))
    if callee == "attested" and len(node.args) >= 3:
        out.append((node.args[2], True))
    if callee in {"note", "record_success", "PendingEvent", "UnitOfWork"}:
        out += [(k.value, False) for k in node.keywords if k.arg == "action"]
    return out


def _module_constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }


def _resolve(
    expr: ast.expr, constants: dict[str, str], functions: dict[str, ast.FunctionDef]
) -> set[str] | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if ast.unparse(expr) in _PASSED_ON:
        return set()
    if isinstance(expr, ast.Name) and expr.id in constants:
        return {constants[expr.id]}
    if isinstance(expr, ast.IfExp):
        body = _resolve(expr.body, constants, functions)
        other = _resolve(expr.orelse, constants, functions)
        return None if body is None or other is None else body | other
    if isinstance(expr, ast.Call) and _callee(expr) == "read_action":
        argument = ast.unparse(expr.args[0]) if expr.args else ""
        if argument == "kind":  # read_log writes whichever kind it is given: all of them
            return {read_action(kind) for kind in ReadKind}
        if argument.startswith("ReadKind."):
            return {read_action(ReadKind[argument.removeprefix("ReadKind.")])}
        return None
    if isinstance(expr, ast.Call) and _callee(expr) in functions:
        returns = [n.value for n in ast.walk(functions[_callee(expr)]) if isinstance(n, ast.Return)]
        parts = [_resolve(r, constants, functions) for r in returns if r is not None]
        if not parts or any(p is None for p in parts):
            return None
        return set().union(*(p for p in parts if p is not None))
    if isinstance(expr, ast.JoinedStr):
        head = expr.values[0]
        prefix = head.value if isinstance(head, ast.Constant) else None
        if isinstance(prefix, str) and prefix in _STATUS_FORMS and len(expr.values) == 2:
            return {prefix + status.value for status in _STATUS_FORMS[prefix]}
        if isinstance(head, ast.FormattedValue) and ast.unparse(head.value) == "action":
            return set()  # record_refusal's "<action>_refused": attested callers add it
    return None
