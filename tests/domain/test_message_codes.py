"""Messages from the core are codes (issue 12, point 2): every error the domain and the services
raise carries a code and parameters, never an English sentence, and every code has a template.

Why a scan of the source (``ast``) rather than a check at run time: a run-time check sees only
the refusals some test happens to trigger, while most of the ~300 refusals are rare paths
(a damaged signature, a full disk). The scan reads every one of them, and fails before a screen
ever shows untranslatable English or ``[validation.phone.too_short] value=…``. What flows
through variables is mypy's part: the error fields are typed ``dict[str, Message]`` and the
helpers that say why something is refused return ``Message | None``, so a string put there
fails ``mypy`` too.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import scardesk.domain
import scardesk.services
from scardesk.domain.codecs._base import STORED_KINDS
from scardesk.domain.enums import Answer, Role
from scardesk.domain.errors import (
    ConflictError,
    PermissionDeniedError,
    ScarDeskError,
    ValidationError,
)
from scardesk.domain.history import QUESTIONNAIRE
from scardesk.domain.message_catalogue import ENGLISH, english
from scardesk.domain.messages import UNCODED, Message, message_codes, numerus_source, render
from scardesk.domain.modalities.spec import Unit
from scardesk.domain.permissions import Permission, Standing, require
from scardesk.domain.validation import validate_date_of_birth, validate_phone

PACKAGE = Path(scardesk.domain.__file__).parent.parent
CORE = [PACKAGE / "domain", PACKAGE / "services", PACKAGE / "documents"]
#: Database modules whose refusals reach a screen (start-up, Admin's backups and restore, a
#: save): coded like the core's, and scanned the same way.
CODED_OUTSIDE_CORE = [
    "db/engine.py",
    "db/schema.py",
    "db/presence.py",
    "db/cipher.py",
    "db/backup.py",
    "db/pg_tools.py",
    "db/pg_verify.py",
    "db/audit.py",
    "db/unit_of_work.py",
    "db/sync_folders.py",
    "db/location.py",
    "db/integrity.py",
    "db/tamper.py",
    "db/audit_rows.py",
    "db/record_check.py",
    "db/copy_check.py",
]
#: Modules that write some codes (what the app's start-up shows) but keep English sentences for
#: what only the command line prints: their codes are checked, their sentences allowed.
PARTLY_CODED = {"cli_checks.py"}
_CODE_SHAPE = re.compile(r"[a-z_]+(\.[a-z_]+)+")

#: The modules that define the uncoded fallback (for what only the command line prints); the
#: rest of the core, the documents and the modules in CODED_OUTSIDE_CORE may not use it.
_MESSAGE_MACHINERY = {"domain/messages.py", "domain/errors.py", "domain/message_catalogue.py"}

#: Codes the core builds from a value (``Message(f"role.{role}")``), by the prefix written in
#: the source: each family lists every code it can produce, so the catalogue check covers them.
DYNAMIC_FAMILIES: dict[str, set[str]] = {
    "stored.kind.": {f"stored.kind.{kind}" for kind in STORED_KINDS.values()},
    "integrity.step.": {
        f"integrity.step.{step}"
        for step in (
            "sqlite",
            "foreign_keys",
            "revision",
            "audit",
            "copies",
            "due_index",
            "records",
        )
    },
    "permission.": {f"permission.{permission.value}" for permission in Permission},
    "role.": {f"role.{role.value}" for role in Role},
    "answer.": {f"answer.{answer.value}" for answer in Answer},
    "history.date_label.": {
        f"history.date_label.{question.fact.value}"
        for question in QUESTIONNAIRE
        if question.date_label
    },
    "setting.out_of_range.": {f"setting.out_of_range.{unit.value}" for unit in Unit},
    "toxin.": {
        f"toxin.{field}.{problem}"
        for field in ("vial_units", "diluent_ml")
        for problem in ("not_a_number", "not_positive", "above_maximum")
    },
}


def _error_classes() -> set[type[ScarDeskError]]:
    for package in (scardesk.domain, scardesk.services):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)

    def below(kind: type[ScarDeskError]) -> set[type[ScarDeskError]]:
        found = {kind}
        for sub in kind.__subclasses__():
            found |= below(sub)
        return found

    return below(ScarDeskError)


def _message_arguments() -> dict[str, tuple[set[int], set[str]]]:
    """Each error class by name: the positions and keywords of the arguments that say the
    message (``message``, or ``field_errors`` whose values are messages)."""
    found: dict[str, tuple[set[int], set[str]]] = {}
    for kind in _error_classes():
        names = list(inspect.signature(kind.__init__).parameters)[1:]
        said = {name for name in names if name in ("message", "field_errors")}
        found[kind.__name__] = ({names.index(name) for name in said}, said)
    return found


def _core_files() -> dict[str, ast.Module]:
    paths = [path for folder in CORE for path in sorted(folder.rglob("*.py"))]
    paths += [PACKAGE / name for name in [*CODED_OUTSIDE_CORE, *sorted(PARTLY_CODED)]]
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in paths
    }


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


_STRING_METHODS = {"format", "join", "strip", "capitalize", "upper", "lower", "replace"}


def _is_text(node: ast.expr | None) -> bool:
    """An expression that evaluates to a ``str`` written in place: a literal, an f-string, a
    concatenation or ``%``, a string method's result, ``str(…)``, or a choice between them."""
    if node is None:
        return False
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "str":
            return True
        return isinstance(node.func, ast.Attribute) and node.func.attr in _STRING_METHODS
    return False


def _said(value: ast.expr) -> list[ast.expr]:
    """The messages an argument holds: itself, or a dict literal's values."""
    if isinstance(value, ast.Dict):
        return list(value.values)
    if isinstance(value, ast.DictComp):
        return [value.value]
    return [value]


def _error_field_store(target: ast.expr) -> bool:
    """``errors[…] =`` or ``e.found[…] =``: a store into a map of field messages."""
    if not isinstance(target, ast.Subscript):
        return False
    base = _name(target.value)
    return base.endswith("errors") or base == "found"


def _updates_errors(call: ast.Call) -> bool:
    """``errors.update(…)``: field messages added to a map of them."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "update"
        and (_name(func.value).endswith("errors"))
    )


def _returns_message(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return function.returns is not None and "Message" in ast.unparse(function.returns)


def _returns_in(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.Return]:
    """The function's own return statements (not those of functions nested in it)."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Return):
            yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))


def _bare_strings(
    tree: ast.Module, message_arguments: dict[str, tuple[set[int], set[str]]]
) -> list[int]:
    """Lines where an error's message, a field message or a ``-> Message`` result is a string."""
    lines: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in message_arguments:
            positions, keywords = message_arguments[_name(node.func)]
            given = [arg for i, arg in enumerate(node.args) if i in positions]
            given += [k.value for k in node.keywords if k.arg in keywords]
            if any(_is_text(said) for arg in given for said in _said(arg)):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and _updates_errors(node):
            if any(_is_text(said) for arg in node.args for said in _said(arg)):
                lines.append(node.lineno)
        elif isinstance(node, ast.Assign) and any(map(_error_field_store, node.targets)):
            if _is_text(node.value):
                lines.append(node.lineno)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _returns_message(node):
            lines += [ret.lineno for ret in _returns_in(node) if _is_text(ret.value)]
        elif (isinstance(node, ast.Attribute) and node.attr == "uncoded") or (
            isinstance(node, ast.Name) and node.id == "UNCODED"
        ):
            lines.append(node.lineno)
    return sorted(set(lines))


#: Where the core writes a code: (callable, argument position) and assignments to ``code``.
_CODE_ARGUMENTS = {
    "Message": 0,
    "_fail": 1,
    "_check_name": 2,
    "_choice": 3,
    "_refuse": 1,
    "_error": 1,
    "_TagRefused": 0,
    "wrong_kind": 0,
}


def _strings(node: ast.expr) -> set[str]:
    """The string literals ``node`` may evaluate to (directly or through ``a if c else b``)."""
    return {
        inner.value
        for inner in ast.walk(node)
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str)
    }


def _dynamic_prefixes(tree: ast.Module) -> set[str]:
    """The fixed start of each code built from a value: ``Message(f"role.{…}")`` → ``role.``."""
    prefixes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "Message" and node.args:
            first = node.args[0]
            for built in [
                first,
                *([first.body, first.orelse] if isinstance(first, ast.IfExp) else []),
            ]:
                if isinstance(built, ast.JoinedStr):
                    head = built.values[0]
                    assert isinstance(head, ast.Constant), ast.unparse(built)
                    prefixes.add(str(head.value))
    return prefixes


def _codes_written(tree: ast.Module) -> set[str]:
    """Every message code the source writes, in the places the core writes them."""
    codes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in _CODE_ARGUMENTS:
            position = _CODE_ARGUMENTS[_name(node.func)]
            if len(node.args) > position:
                codes |= {t for t in _strings(node.args[position]) if _CODE_SHAPE.fullmatch(t)}
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id.lower().endswith("code")
            for target in node.targets
        ):
            codes |= {text for text in _strings(node.value) if _CODE_SHAPE.fullmatch(text)}
    return codes


def _all_codes_written() -> set[str]:
    trees = _core_files().values()
    written = set().union(*(_codes_written(tree) for tree in trees))
    for prefix in set().union(*(_dynamic_prefixes(tree) for tree in trees)):
        written |= DYNAMIC_FAMILIES[prefix]
    return written


def test_every_code_written_in_the_core_has_an_english_template() -> None:
    written = _all_codes_written()
    assert len(written) > 300  # the scan finds the codes, so the check below can fail
    assert sorted(code for code in written if code not in ENGLISH) == []


def test_every_code_built_from_a_value_belongs_to_a_declared_family() -> None:
    prefixes = set().union(*(_dynamic_prefixes(tree) for tree in _core_files().values()))
    assert prefixes == set(DYNAMIC_FAMILIES)


def test_no_error_in_the_core_is_built_from_a_bare_string() -> None:
    arguments = _message_arguments()
    assert {"ValidationError", "DuplicateDocumentError", "ConsentRequiredError"} <= set(arguments)
    assert arguments["ConflictError"] == (set(), set())  # it builds its own message
    offenders = {
        path: lines
        for path, tree in _core_files().items()
        if path not in _MESSAGE_MACHINERY | PARTLY_CODED
        and (lines := _bare_strings(tree, arguments))
    }
    assert offenders == {}


def test_every_english_template_is_for_a_code_the_core_writes() -> None:
    assert sorted(set(ENGLISH) - _all_codes_written() - {UNCODED}) == []


def test_the_scan_catches_each_way_of_writing_a_bare_string() -> None:
    """The scan above must be able to fail, for each shape it looks for."""
    tree = ast.parse(
        'raise ValidationError({"phone": f"{x} is wrong"})\n'  # 1: an f-string field message
        'raise PermissionDeniedError("you may not")\n'  # 2: a literal message
        'raise ValidationError({"phone": Message("validation.phone.no_digits")})\n'
        'errors["name"] = "required"\n'  # 4: a field message stored as a literal
        'e.found["x"] = "a " + y\n'  # 5: a concatenation
        "def why() -> Message | None:\n"
        '    return "it is late"\n'  # 7: a "-> Message" helper returning a string
        'raise ConsentRequiredError("photos", "no consent")\n'  # 8: the second argument
        'raise ScarDeskError(Message.uncoded("x"))\n'  # 9: the uncoded escape hatch
        'raise ConsentRequiredError("photos", Message("photo.consent_missing"))\n'
        'errors.update({"x": "no"})\n'  # 11
        'raise DuplicateDocumentError("n", "taken".capitalize(), 4)\n'  # 12
    )
    arguments = {
        "ValidationError": ({0}, {"field_errors"}),
        "PermissionDeniedError": ({0}, {"message"}),
        "ConsentRequiredError": ({1}, {"message"}),
        "DuplicateDocumentError": ({1}, {"message"}),
        "ScarDeskError": ({0}, {"message"}),
    }
    assert _bare_strings(tree, arguments) == [1, 2, 4, 5, 7, 8, 9, 11, 12]


def test_a_missing_date_is_named_by_the_label_the_form_shows() -> None:
    """The ``history.date_label.*`` phrases are the questionnaire's date labels, mid-sentence."""
    for question in QUESTIONNAIRE:
        if question.date_label:
            label = question.date_label
            assert (
                ENGLISH[f"history.date_label.{question.fact.value}"] == label[0].lower() + label[1:]
            )


def test_a_count_takes_the_word_that_agrees_with_it() -> None:
    one = english(Message("plan.toxin_interval_too_short", {"n": 1, "minimum": 84}))
    many = english(Message("plan.toxin_interval_too_short", {"n": 3, "minimum": 84}))
    assert one.startswith("1 day is sooner") and many.startswith("3 days is sooner")


def test_a_count_n_is_always_said_with_the_word_that_agrees_with_it() -> None:
    """``n`` is kept for counts: every ``{n}`` is followed by its ``{n:one|other}`` word, so
    English never says "1 days" and the screens can give each count its plural forms."""
    for code, template in ENGLISH.items():
        bare = re.sub(r"\{n\} \{n:[^{}|]*\|[^{}]*\}", "", template)
        assert "{n}" not in bare and "{n:" not in bare, code


def test_the_screens_write_a_count_phrase_with_qt_percent_n() -> None:
    assert numerus_source("from {n} {n:vial|vials} opened, {held} U") == (
        "from %n vial(s) opened, {held} U"
    )
    assert numerus_source("{n} {n:person|people} waiting") == "%n person/people waiting"
    assert numerus_source("{value} is too short") == "{value} is too short"


def test_an_error_says_its_message_in_english() -> None:
    error = ConflictError("patients", 7, 3, 4)
    assert error.message.code == "conflict.changed_elsewhere"
    assert str(error) == (
        "patients 7 was changed elsewhere (you edited version 3, the stored one is 4); "
        "nothing was saved"
    )


def test_a_field_error_keeps_its_code_and_its_english() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_phone("9123")
    assert caught.value.field_messages["phone"].code == "validation.phone.too_short"
    assert caught.value.field_errors["phone"].startswith("‘9123’ is too short")
    assert "phone: ‘9123’ is too short" in str(caught.value)


def test_a_date_parameter_keeps_the_templates_format() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_date_of_birth("05/03/2031", today=date(2026, 12, 6))
    assert caught.value.field_errors["date_of_birth"] == (
        "05/03/2031 is in the future: expected 06/12/2026 or earlier"
    )


def test_a_refusal_names_role_and_action_as_messages_of_their_own() -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        require(Standing(Role.FRONT_DESK, True), Permission.VIEW_AUDIT)
    message = caught.value.message
    assert message_codes(message) == {
        "permission.denied_for_role",
        "role.front_desk",
        "permission.view_audit",
    }
    assert str(caught.value) == "the front_desk role may not view audit"


def test_a_sentence_not_yet_coded_is_shown_as_written() -> None:
    error = ScarDeskError("the export folder is full")
    assert error.message == Message(UNCODED, {"text": "the export folder is full"})
    assert str(error) == "the export folder is full"


def test_an_unknown_code_shows_the_code_and_its_values_instead_of_failing() -> None:
    assert english(Message("nowhere.to_be_found", {"n": 3})) == "[nowhere.to_be_found] n=3"


@given(
    code=st.sampled_from(sorted(ENGLISH)),
    params=st.dictionaries(
        st.sampled_from(["value", "length", "maximum", "minimum", "seconds", "text", "x"]),
        st.one_of(st.text(max_size=20), st.integers(), st.none(), st.dates()),
        max_size=4,
    ),
)
def test_rendering_never_raises_whatever_the_parameters(
    code: str, params: dict[str, object]
) -> None:
    text = render(Message(code, params), ENGLISH.get)
    assert isinstance(text, str)
    assert text
