"""Messages from the core are codes with parameters, not English sentences.

Why: the core runs without Qt (rule 1), yet what it refuses must reach an Arabic-speaking
receptionist in Arabic. So a domain or service error carries a :class:`Message` — a stable
``code`` such as ``"validation.phone.too_short"`` and the ``params`` the sentence needs — and
each reader renders it in its own language:

* the English catalogue (:mod:`scardesk.domain.message_catalogue`) renders it for the command
  line, the log-free ``str(error)`` and the tests; ``str(error)`` therefore stays readable
  English and nothing that printed errors before has to change;
* the UI catalogue (``scardesk/ui/messages.py``) holds the same English templates marked for
  Qt translation, translates the template first and substitutes the parameters after, so a
  translator sees ``{value} is too short`` and never a patient's phone number.

A parameter may itself be a :class:`Message` (a translatable phrase inside a sentence, such as
"mobile" or "landline"); it is rendered with the same catalogue. Parameters are substituted
with :meth:`str.format_map`, so a template may give a format spec (``{dob:%d/%m/%Y}``).

A name the program itself uses (a table, a schema revision, a file path, a command) is a
:class:`Verbatim` parameter, and text that only another program can word (a driver's or a
tool's error) is a message's ``technical`` detail: neither can be translated, so each reader
shows them through its own ``verbatim`` hook (the screens keep them one left-to-right run inside
Arabic), and the technical detail always stands apart, on its own line after a lead-in, never
mid-sentence.

A count is the parameter ``n``; a word that agrees with it is written ``{n:vial|vials}``
(singular|plural), which English renders by the count. The screens keep the same template
written the Qt way (:func:`numerus_source`: ``{n} {n:vial|vials}`` becomes ``%n vial(s)``) and
translate it with Qt's numerus forms chosen by ``n``, which give Arabic all six of its plural
forms; ``render`` therefore asks for a message's template with its count when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: The code of a message still written as a bare English sentence (not yet given a code).
#: Its one parameter ``text`` is shown as it is, untranslated.
UNCODED = "uncoded"


@dataclass(frozen=True, eq=True)
class Message:
    """A message code and its parameters: what a reader needs to say it in any language.

    ``technical`` is what a driver or a tool said (``database disk image is malformed``): kept
    for support, shown after the sentence on its own line (see :func:`render`).
    """

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    technical: str = ""

    @classmethod
    def uncoded(cls, text: str) -> Message:
        """Wrap an English sentence that has no code yet (shown untranslated)."""
        return cls(UNCODED, {"text": text})


class Verbatim(str):
    """A parameter that is a name the program uses (table, revision, path, command): shown as
    written, untranslated, and kept in one piece by the reader's ``verbatim`` hook."""

    __slots__ = ()


#: The code of the lead-in before a message's technical detail.
TECHNICAL_LEAD_CODE = "detail.technical"

#: Finishes one formatted parameter value for display. The UI's hook will isolate numbers and
#: phone numbers left-to-right inside Arabic text; English needs nothing.
ParamText = Callable[[str], str]


def _plain(text: str) -> str:
    return text


class _Shown:
    """A parameter value that formats with the template's spec, then passes the hook."""

    __slots__ = ("finish", "value")

    def __init__(self, value: object, finish: ParamText) -> None:
        self.value = value
        self.finish = finish

    def __format__(self, spec: str) -> str:
        # ``{n:vial|vials}``: the English word for the count ``n``, so "1 vial", "2 vials".
        # (The screens translate such a template with Qt's numerus forms, keyed on ``n``.)
        if "|" in spec and isinstance(self.value, int) and not isinstance(self.value, bool):
            one, _, other = spec.partition("|")
            return one if abs(self.value) == 1 else other
        return self.finish(format(self.value, spec))

    def __str__(self) -> str:
        return self.__format__("")


class _Values(dict[str, object]):
    """Parameters for ``format_map``; a missing one shows as ``?`` rather than failing."""

    def __missing__(self, key: str) -> object:
        return "?"


#: A template for a code and a count (code, n → template, or None if unknown): the screens
#: choose the plural form of a counted message's translation by ``n``.
CountedTemplate = Callable[[str, int], str | None]


def count_of(message: Message) -> int | None:
    """The message's count ``n`` when it is a whole number (a bool is not a count)."""
    n = message.params.get("n")
    return n if isinstance(n, int) and not isinstance(n, bool) else None


def render(
    message: Message,
    template_for: Callable[[str], str | None],
    param_text: ParamText = _plain,
    *,
    counted: CountedTemplate | None = None,
    verbatim: ParamText = _plain,
) -> str:
    """``message`` in the language of ``template_for`` (code → template, or None if unknown).

    ``counted``, when given, supplies the template of a message that has a count ``n``.
    ``verbatim`` finishes :class:`Verbatim` parameters and the technical detail, which skip
    ``param_text`` (a table name takes no digit style). Never raises: an unknown code or a
    template that does not fit its parameters shows the code and the parameters, so a missing
    catalogue entry is visible but harmless.
    """
    text = _sentence(message, template_for, param_text, counted, verbatim)
    if message.technical:
        # The one place untranslatable text joins a message: after it, on a line of its own.
        lead = template_for(TECHNICAL_LEAD_CODE) or "Technical detail:"
        text = f"{text}\n{lead}\n{verbatim(message.technical)}"
    return text


def _sentence(
    message: Message,
    template_for: Callable[[str], str | None],
    param_text: ParamText,
    counted: CountedTemplate | None,
    verbatim: ParamText,
) -> str:
    values = _Values()
    for name, value in message.params.items():
        if isinstance(value, Message):
            values[name] = render(
                value, template_for, param_text, counted=counted, verbatim=verbatim
            )
        elif isinstance(value, Verbatim):
            values[name] = _Shown(value, verbatim)
        else:
            values[name] = _Shown(value, param_text)
    n = count_of(message)
    if counted is not None and n is not None:
        template = counted(message.code, n)
    else:
        template = template_for(message.code)
    if template is not None:
        try:
            return template.format_map(values)
        except (ValueError, TypeError, IndexError, KeyError, AttributeError):
            pass
    shown = ", ".join(f"{name}={values[name]}" for name in message.params)
    return f"[{message.code}] {shown}".strip()


_COUNT_PHRASE = re.compile(r"\{n\} \{n:([^|{}]*)\|([^{}]*)\}")
_COUNT_WORD = re.compile(r"\{n:([^|{}]*)\|([^{}]*)\}")


def _either(one: str, other: str) -> str:
    """ "day|days" → "day(s)", Qt's way of writing a word that agrees with ``%n``."""
    if other.startswith(one):
        return f"{one}({other[len(one) :]})"
    return f"{one}/{other}"


def numerus_source(template: str) -> str:
    """The screens' form of an English template: its count phrase written with ``%n``.

    ``"{n} {n:vial|vials} opened"`` → ``"%n vial(s) opened"``. Qt puts the count in for
    ``%n`` and picks the plural form by it; a template without a count comes back unchanged.
    """
    if "{n" not in template:
        return template
    text = _COUNT_PHRASE.sub(lambda found: "%n " + _either(*found.groups()), template)
    text = _COUNT_WORD.sub(lambda found: _either(*found.groups()), text)
    return text.replace("{n}", "%n")


def message_codes(message: Message) -> set[str]:
    """``message``'s code and those of the messages nested in its parameters."""
    codes = {message.code} | ({TECHNICAL_LEAD_CODE} if message.technical else set())
    for value in message.params.values():
        if isinstance(value, Message):
            codes |= message_codes(value)
    return codes


def _n(text: str) -> str:
    """Mark an English text that the screens show through their translator.

    It returns the text unchanged; ``pyside6-lupdate`` finds it by this name (``scripts/i18n.py``
    aliases it to ``QT_TR_NOOP``), so a label kept in a domain table is translated like one
    written in a screen, without the core importing Qt.
    """
    return text
