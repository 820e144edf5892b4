"""The codecs of the rule documents: ``clinic_settings.rule_parameters`` and the ``facts`` a
safety override keeps of the finding it overrode.

Rule parameters, version 1: ``{"v": 1, "parameters": {name: number}}``; version 0 was the
parameters object alone (names absent take the clinical reference's defaults). Override facts,
version 1: ``{"v": 1, "facts": {name: text}}``; version 0 was the facts object alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scardesk.domain.codecs._base import VERSION_KEY, decoder, only_keys, split_version, text
from scardesk.domain.safety.facts import GateParameters

RULES_TABLE = "clinic_settings"
FACTS_TABLE = "safety_overrides"
VERSION = 1


def encode_rule_parameters(parameters: GateParameters) -> dict[str, Any]:
    return {VERSION_KEY: VERSION, "parameters": parameters.to_mapping()}


def _inner(stored: object, key: str) -> Mapping[str, Any]:
    version, body = split_version(stored, VERSION)
    if version == 0:
        return body
    only_keys(body, {key})
    inner = body[key]
    if not isinstance(inner, Mapping):
        raise TypeError(f"the {key} are not an object")
    return inner


@decoder(RULES_TABLE)
def decode_rule_parameters(stored: object) -> GateParameters:
    """The clinic's parameters; a ``ValidationError`` of a stored value means unreadable."""
    return GateParameters.from_mapping(_inner(stored, "parameters"))


def encode_override_facts(facts: Mapping[str, str]) -> dict[str, Any]:
    return {VERSION_KEY: VERSION, "facts": {text(k): text(v) for k, v in facts.items()}}


@decoder(FACTS_TABLE)
def decode_override_facts(stored: object) -> dict[str, str]:
    return {text(k): text(v) for k, v in _inner(stored, "facts").items()}
