"""The message catalogue: how it is read, and the checks that keep it whole.

Dutch is the reference. The checks fail when a key is missing in French or German (or in
English, for a system that speaks English), when a translation changes a placeholder or drops a
product name, when a template shows text that is not in the catalogue, and when the catalogue
keeps a key that no template and no Python code uses. Keys that templates build from parts
(``"csam.eid_failed." ~ reason ~ ".title"``) are modelled below in ``DYNAMIC_KEYS``.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from html.parser import HTMLParser
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest
from jinja2 import Environment, nodes

from mock_services.world.i18n import (
    LANGUAGES,
    REFERENCE_LANGUAGE,
    Catalogue,
    MissingMessageError,
    catalogue,
    message_folders,
)

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "mock_services"
PYTHON_USERS = ("mock_services", "steps", "fixtures", "guidebook")
"""Where Python code that names catalogue keys lives."""

EDITION_LANGUAGES = ("fr", "de")
"""Every catalogue speaks these besides Dutch: the guide has an edition in each."""
ENGLISH_SYSTEMS = frozenset(
    {
        "shared",
        "bosa",
        "csam",
        "eid_middleware",
        "itsme",
        "itsme_enrolment",
        "persoselfservice",
        "registration_office",
        "sms",
    }
)
"""The systems whose real counterparts offer English (PersoSelfService's start page, FAS/CSAM
with its registration offices and the activation of the digital keys, itsme and its
self-enrolment site, the eID software, BOSA's site, the phone's messages app; "shared" holds
their common pages). PersoContact's portal speaks Dutch, French and German only; so does the
registration office agents' console (a Belgian civil servants' tool), and the test mailbox
stays without English (a tool of the test environment, not a real service)."""

PRODUCT_NAMES = ("PersoSelfService", "PersoContact", "PeopleSoft", "CSAM", "itsme", "eBox")
"""Names that stay as they are in every language, and may stand in a template as they are."""

SYSTEMS = tuple(
    sorted(
        folder.name
        for folder in (PACKAGE / "systems").iterdir()
        if (folder / "messages" / f"{REFERENCE_LANGUAGE}.toml").is_file()
    )
)


def _each(values: str | tuple[str, ...], *patterns: str) -> dict[str, tuple[str, ...]]:
    """``patterns`` with the ``values`` (a tuple, or words in one string) of their variable."""
    return dict.fromkeys(patterns, tuple(values.split()) if isinstance(values, str) else values)


NAMED_IN_PYTHON: tuple[str, ...] = ()
"""The expression holds a whole key that Python code names (``DigitalKey.message``, the
``problem`` of a form's field): the check of unused keys finds that key in the Python code."""

DYNAMIC_KEYS: dict[str, tuple[str, ...]] = {
    # base.html and the shared pages show the name, logo and footer of the service they serve.
    **_each(SYSTEMS, "{service}.name", "{service}.logo", "{service}.footer"),
    **_each(LANGUAGES, "shared.language.{code}"),
    **_each("cancelled error", "shared.login_failed.{failure}"),
    **_each(
        "bosa.pss bosa.pc",
        "{app.message_prefix}.title",
        "{app.message_prefix}.summary",
        "{app.message_prefix}.body",
        "{app.message_prefix}.access",
        "{app.message_prefix}.link",
    ),
    **_each(
        "cancelled no_reader no_card not_eid card_removed pin_blocked"
        " expired revoked revocation_unknown invalid unknown_person",
        "csam.eid_failed.{reason}.title",
        "csam.eid_failed.{reason}.body",
    ),
    **_each("cancelled error unknown_person", "csam.itsme_failed.{reason}"),
    **_each("email app token", "csam.code.prompt_{key.id}"),
    **_each("missing wrong_login wrong expired used none", "csam.code.error_{error}"),
    **_each(NAMED_IN_PYTHON, "{group.message}", "{key.message}", "{key}", "{problem}", "{error}"),
    **_each(
        "refused expired blocked used",
        "itsme.outcome.{outcome}_title",
        "itsme.outcome.{outcome}_body",
    ),
    **_each(
        "approved refused expired blocked",
        "itsme.app.outcome_{outcome}_title",
        "itsme.app.outcome_{outcome}_body",
        "itsme.app.here_{outcome}_body",
    ),
    **_each("empty not_belgian_mobile invalid unknown", "itsme.phone.error_{error}"),
    **_each("32 31 352 33 49", "itsme.country.c{code}"),
    **_each(
        "personal absences payslips career training documents",
        "persoselfservice.home.tile_{tile}",
    ),
    **_each(
        "ask mine knowledge", "persocontact.home.{card}_title", "persocontact.home.{card}_body"
    ),
    **_each(
        "control_code_format control_code_wrong control_code_wrong_one itsme_code_format"
        " itsme_code_weak itsme_code_mismatch token_case token_wrong sms_not_sent phone_taken",
        "itsme.enrol.error_{problem}",
    ),
    **_each("code code_confirm", "itsme.enrol.{step}_title", "itsme.enrol.{step}_lead"),
    **_each("expired stopped", "itsme.enrol.{kind}_title", "itsme.enrol.{kind}_body"),
    **_each("details contract token", "itsme_enrolment.steps.{step}"),
    **_each(
        "cancelled no_reader no_card not_eid card_removed pin_blocked card_revoked card_expired"
        " revocation_unknown wrong_key signature_invalid unknown_person person_has_account"
        " stopped wrong_step",
        "itsme_enrolment.contract.problem_{problem}",
    ),
    **_each(
        "eid passport",
        "registration_office.documents.{kind}",
        "registration_office.documents.{appointment.document_type}",
    ),
    **_each("0 1 2 3 4 5 6", "registration_office.weekdays.{weekday}"),
    **_each(
        "booked identified keys_created",
        "console.status.{appointment.status}",
        "console.status.{a.status}",
    ),
    **_each("email app", "activation.keys.done.{done}"),
    **_each("no_photo not_a_picture no_qr_code not_a_key", "csam.authenticator.scan.{problem}"),
    **_each(
        "unknown expired used", "activation.link.{state}.title", "activation.link.{state}.body"
    ),
}
"""Every key a template builds from parts: the pattern as the template writes it (the variable
part in braces), and the values that part takes. A new variable part fails the check until it
is modelled here."""

BUILT_IN_PYTHON: dict[str, tuple[str, ...]] = {
    **_each(LANGUAGES, "shared.language.{code}", "shared.language.{self.language}"),
    **_each(
        "empty not_belgian_mobile invalid unknown", "itsme.phone.error_{invalid.problem.value}"
    ),
    **_each("title version enrolment phone email p1 p2 p3 p4 p5", "itsme.contract.{key}"),
    **_each("eid passport", "registration_office.form.errors.number_{self.document_type}"),
    **_each("eid passport", "registration_office.documents.{appointment.document_type}"),
    **_each("wrong expired none", "activation.email.{result}"),
    **_each(
        "registration_office.mail.confirmation registration_office.mail.activation"
        " registration_office.mail.email_code",
        "{prefix}.subject",
        "{prefix}.body",
    ),
    **_each("registration_office.mail.activation", "{prefix}.link"),
    **_each("0 1 2 3 4 5 6", "sms_phone.weekday.d{day.weekday()}"),
    **_each("1 2 3 4 5 6 7 8 9 10 11 12", "sms_phone.month.m{day.month}"),
}
"""Every key Python code builds from parts (an f-string): the pattern as the code writes it
(the expression in braces) and the values it takes."""

VISIBLE_ATTRIBUTES = frozenset(
    {
        "title",
        "alt",
        "placeholder",
        "aria-label",
        "aria-description",
        "aria-roledescription",
        "label",
    }
)
BUTTON_INPUTS = frozenset({"submit", "button", "reset"})
"""Inputs whose ``value`` is the text on the button."""
_JINJA_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_JINJA_STATEMENT = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_EXPRESSION_MARK = "\ue000"
_PRODUCT_NAME = re.compile(r"\b(?:" + "|".join(map(re.escape, PRODUCT_NAMES)) + r")\b")
_LETTER = re.compile(r"[^\W\d_]")


# --- what the templates and the code use --------------------------------------------------


def templates() -> list[Path]:
    return sorted(PACKAGE.rglob("templates/**/*.html"))


def _pattern(expression: nodes.Expr) -> list[str]:
    """The keys (or key patterns, variable parts in braces) a ``t(...)`` argument may give."""
    if isinstance(expression, nodes.Const) and isinstance(expression.value, str):
        return [expression.value]
    if isinstance(expression, nodes.CondExpr) and expression.expr2 is not None:
        return _pattern(expression.expr1) + _pattern(expression.expr2)
    if isinstance(expression, nodes.Concat):
        return ["".join(_part(node) for node in expression.nodes)]
    return [_part(expression)]


def _part(expression: nodes.Expr) -> str:
    if isinstance(expression, nodes.Const):
        return str(expression.value)
    if isinstance(expression, nodes.Name):
        return "{" + expression.name + "}"
    if isinstance(expression, nodes.Getattr):
        return "{" + _part(expression.node).strip("{}") + "." + expression.attr + "}"
    return "{?}"


def template_keys(source: str) -> list[str]:
    """The key patterns of every ``t(...)`` call in a template's source."""
    tree = Environment().parse(source)
    return [
        pattern
        for call in tree.find_all(nodes.Call)
        if isinstance(call.node, nodes.Name) and call.node.name == "t" and call.args
        for pattern in _pattern(call.args[0])
    ]


def used_by_templates() -> dict[str, list[Path]]:
    """Each key pattern and the templates that use it."""
    used: dict[str, list[Path]] = {}
    for template in templates():
        for pattern in template_keys(template.read_text(encoding="utf-8")):
            used.setdefault(pattern, []).append(template)
    return used


def expand(pattern: str, model: dict[str, tuple[str, ...]] = DYNAMIC_KEYS) -> list[str]:
    variable = re.search(r"\{[^}]*\}", pattern)
    if variable is None:
        return [pattern]
    return [pattern.replace(variable.group(), value, 1) for value in model[pattern]]


def _python_trees() -> Iterator[ast.AST]:
    for folder in PYTHON_USERS:
        for path in (ROOT / folder).rglob("*.py"):
            yield ast.parse(path.read_text(encoding="utf-8"), str(path))


def python_strings() -> set[str]:
    """Every string literal of the project's Python code: the keys Python code names."""
    return {
        node.value
        for tree in _python_trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def fstring_pattern(node: ast.JoinedStr) -> str:
    """An f-string as a key pattern: ``f"a.{b.c}"`` is ``a.{b.c}``."""
    return "".join(
        str(part.value) if isinstance(part, ast.Constant) else "{" + ast.unparse(part.value) + "}"
        for part in node.values
        if isinstance(part, ast.Constant | ast.FormattedValue)
    )


def python_patterns() -> set[str]:
    """The pattern of every f-string of the project's Python code."""
    return {
        fstring_pattern(node)
        for tree in _python_trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
    }


def built_in_python() -> set[str]:
    """The keys Python code builds from parts, as modelled in ``BUILT_IN_PYTHON``."""
    return {key for pattern in BUILT_IN_PYTHON for key in expand(pattern, BUILT_IN_PYTHON)}


# --- text in templates --------------------------------------------------------------------


class _VisibleText(HTMLParser):
    """Collects the text nodes and the visible attribute values of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden_depth += 1
        values = dict(attrs)
        for name, value in attrs:
            visible = name in VISIBLE_ATTRIBUTES or (
                name == "value" and tag == "input" and values.get("type") in BUTTON_INPUTS
            )
            if visible and value:
                self.texts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden_depth:
            self._hidden_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.texts.append(data)


def stray_texts(source: str) -> list[str]:
    """The texts a template shows that do not come from the catalogue.

    Allowed outside ``{{ t(...) }}``: punctuation, numbers, product names and whatever an
    expression puts there (data such as a person's name).
    """
    html = _JINJA_STATEMENT.sub(" ", _JINJA_EXPRESSION.sub(_EXPRESSION_MARK, source))
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    stray = []
    for text in parser.texts:
        shown = " ".join(text.replace(_EXPRESSION_MARK, " ").split())
        if _LETTER.search(_PRODUCT_NAME.sub("", shown)):
            stray.append(shown)
    return stray


# --- the catalogue files ------------------------------------------------------------------


def folder_name(folder: Traversable) -> str:
    """``shared`` for the shared messages, else the system's name."""
    owner = Path(str(folder)).parent
    return owner.name if owner.parent.name == "systems" else "shared"


def folder_keys(folder: Traversable, language: str) -> set[str] | None:
    path = folder / f"{language}.toml"
    if not path.is_file():
        return None
    return Catalogue.from_files({REFERENCE_LANGUAGE: [path]}).keys()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def translations() -> Iterator[tuple[str, str, str, str]]:
    """(language, key, Dutch text, translated text) for every translated message."""
    messages = catalogue()
    for language in messages.languages:
        if language == REFERENCE_LANGUAGE:
            continue
        for key in sorted(messages.keys(language)):
            yield language, key, messages.text(key), messages.text(key, language)


# --- the loader ---------------------------------------------------------------------------


def test_other_languages_fall_back_to_dutch() -> None:
    messages = Catalogue({"nl": {"a": "Hallo", "b": "Dag"}, "fr": {"a": "Bonjour"}})
    assert messages.text("a", "fr") == "Bonjour"
    assert messages.text("b", "fr") == "Dag"


def test_placeholders_are_filled() -> None:
    messages = Catalogue({"nl": {"tries": "Nog {n} pogingen"}})
    assert messages.text("tries", "nl", n=2) == "Nog 2 pogingen"


def test_missing_key_is_an_error_naming_the_key() -> None:
    with pytest.raises(MissingMessageError, match=r"'nope\.never'"):
        Catalogue({"nl": {}}).text("nope.never")


def test_unknown_language_resolves_to_dutch() -> None:
    assert catalogue().resolve_language("FR") == "fr"
    assert catalogue().resolve_language("xx") == "nl"
    assert catalogue().resolve_language(None) == "nl"


def test_nested_tables_become_dotted_keys() -> None:
    messages = Catalogue.from_toml({"nl": '[csam.keychoice]\ntitle = "Aanmelden"\n'})
    assert messages.text("csam.keychoice.title") == "Aanmelden"


def test_non_text_values_are_refused() -> None:
    with pytest.raises(TypeError, match="'count' must be text"):
        Catalogue.from_toml({"nl": "count = 3\n"})


def test_a_key_defined_in_two_files_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('[csam]\nname = "CSAM"\n', encoding="utf-8")
    second.write_text('[csam]\nname = "FAS"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"'csam\.name' \(nl\) is defined twice"):
        Catalogue.from_files({"nl": [first, second]})


def test_each_system_brings_its_own_messages() -> None:
    folders = [str(folder) for folder in message_folders()]
    assert any(folder.endswith("systems/csam/messages") for folder in folders)
    assert catalogue().text("csam.keychoice.title") == "Aanmelden bij de online overheid"


# --- the checkers themselves --------------------------------------------------------------


def test_template_keys_are_read_from_literals_conditions_and_parts() -> None:
    source = (
        '{{ t("a.b") }} {{ t("c" if x else "d", n=1) }} {{ t("e." ~ reason ~ ".title") }}'
        "{{ t(key.message) }} {{ f(t(service ~ '.name')) }}"
    )
    assert template_keys(source) == [
        "a.b",
        "c",
        "d",
        "e.{reason}.title",
        "{key.message}",
        "{service}.name",
    ]


def test_stray_texts_are_found_in_text_and_visible_attributes() -> None:
    source = (
        "{% block title %}{{ t('x') }} | CSAM{% endblock %}"
        '<p>Hallo {{ name }}</p><input placeholder="Zoek" aria-label="{{ t(\'y\') }}">'
        '<input type="submit" value="Verstuur"><input type="hidden" name="tx" value="abc">'
        '<input placeholder="0470 12 34 56"><span>+{{ code }} ›</span>'
        "<script>const label = 'not shown';</script>"
    )
    assert stray_texts(source) == ["Hallo", "Zoek", "Verstuur"]


# --- the project's catalogue --------------------------------------------------------------


def test_every_catalogue_speaks_french_and_german() -> None:
    missing = []
    for folder in message_folders():
        dutch = folder_keys(folder, REFERENCE_LANGUAGE) or set()
        for language in EDITION_LANGUAGES:
            keys = folder_keys(folder, language)
            if keys is None:
                missing.append(f"{folder_name(folder)}: no {language}.toml")
            else:
                missing += [f"{folder_name(folder)} {language}: {key}" for key in dutch - keys]
    assert missing == [], "keys missing in a translation:\n" + "\n".join(sorted(missing))


def test_english_is_complete_where_the_real_service_offers_it() -> None:
    problems = []
    for folder in message_folders():
        name, keys = folder_name(folder), folder_keys(folder, "en")
        dutch = folder_keys(folder, REFERENCE_LANGUAGE) or set()
        if name not in ENGLISH_SYSTEMS:
            if keys is not None:
                problems.append(f"{name}: has en.toml, but is not in ENGLISH_SYSTEMS")
        elif keys is None:
            problems.append(f"{name}: no en.toml")
        else:
            problems += [f"{name} en: {key}" for key in dutch - keys]
    assert problems == [], "\n".join(sorted(problems))


def test_translations_only_use_keys_that_exist_in_dutch() -> None:
    dutch = catalogue().keys("nl")
    for language in catalogue().languages:
        assert catalogue().keys(language) - dutch == set(), language


def test_translations_keep_placeholders_and_product_names() -> None:
    problems = []
    for language, key, dutch, text in translations():
        if not text.strip():
            problems.append(f"{language} {key}: empty")
        if placeholders(text) != placeholders(dutch):
            problems.append(f"{language} {key}: placeholders {sorted(placeholders(text))}")
        for name in PRODUCT_NAMES:
            if dutch.count(name) != text.count(name):
                problems.append(f"{language} {key}: {name!r} as often as in Dutch")
    assert problems == [], "\n".join(problems)


def test_the_pss_login_button_is_bilingual_in_every_language() -> None:
    label = catalogue().text("persoselfservice.start.login")
    assert label == "Aanmelden/Connexion"
    for language in catalogue().languages:
        assert catalogue().text("persoselfservice.start.login", language) == label


def test_templates_show_no_text_outside_the_catalogue() -> None:
    stray = [
        f"{template.relative_to(ROOT)}: {text!r}"
        for template in templates()
        for text in stray_texts(template.read_text(encoding="utf-8"))
    ]
    assert stray == [], "template text outside the catalogue (use t(...)):\n" + "\n".join(stray)


def test_every_key_a_template_builds_from_parts_is_modelled() -> None:
    unmodelled = [
        f"{template.relative_to(ROOT)}: t({pattern!r})"
        for pattern, users in used_by_templates().items()
        if "{" in pattern and pattern not in DYNAMIC_KEYS
        for template in users
    ]
    assert unmodelled == [], "model these keys in DYNAMIC_KEYS:\n" + "\n".join(unmodelled)


def test_every_key_a_template_uses_is_in_the_dutch_catalogue() -> None:
    used = {
        key: users
        for pattern, users in used_by_templates().items()
        if pattern in DYNAMIC_KEYS or "{" not in pattern
        for key in expand(pattern)
    }
    assert used, "no template uses the catalogue?"
    missing = [
        f"{key} (in {', '.join(sorted({str(t.relative_to(ROOT)) for t in users}))})"
        for key, users in sorted(used.items())
        if key not in catalogue().keys("nl")
    ]
    assert missing == [], "keys missing in the Dutch catalogue:\n" + "\n".join(missing)


def test_every_key_is_used_by_a_template_or_by_code() -> None:
    used = {
        key
        for pattern in used_by_templates()
        if pattern in DYNAMIC_KEYS or "{" not in pattern
        for key in expand(pattern)
    }
    unused = catalogue().keys("nl") - used - python_strings() - built_in_python()
    assert unused == set(), "keys no template or code uses:\n" + "\n".join(sorted(unused))


def test_every_modelled_key_pattern_is_still_used() -> None:
    stale = set(DYNAMIC_KEYS) - set(used_by_templates())
    assert stale == set(), "no template builds these keys any more: remove them from DYNAMIC_KEYS"


def test_every_key_python_builds_from_parts_is_modelled() -> None:
    """An f-string that starts with a catalogue section (``f"activation.email.{result}"``)."""
    sections = {key.split(".")[0] + "." for key in catalogue().keys("nl")}
    unmodelled = sorted(
        pattern
        for pattern in python_patterns()
        if pattern.startswith(tuple(sections)) and pattern not in BUILT_IN_PYTHON
    )
    assert unmodelled == [], "model these keys in BUILT_IN_PYTHON:\n" + "\n".join(unmodelled)


def test_every_key_python_builds_is_in_the_dutch_catalogue_and_still_built() -> None:
    missing = built_in_python() - catalogue().keys("nl")
    assert missing == set(), "keys missing in the Dutch catalogue:\n" + "\n".join(sorted(missing))
    stale = set(BUILT_IN_PYTHON) - python_patterns()
    assert stale == set(), "no Python code builds these keys any more: " + ", ".join(sorted(stale))
