"""The writer's declarations of how a screenshot is shown: crop, frame and annotations.

They live in one YAML file beside the pages (``docs/guide/annotations.yml``), keyed by the
name a page uses in ``![…](shot:<key>)``. A key is a screenshot's name, optionally followed by
``@<view>`` to show the same screenshot a second way (another crop, other labels)::

    csam-sleutelkeuze:
      crop: {anchors: [group-partners, group-security-code], padding: 24}
      annotations:
        - callout: Via je eID kaartlezer
          anchor: key-eid
          side: left
        - outline: key-token
        - badge: 1
          anchor: key-email
        - mask: [10, 10, 200, 40]       # a box: x, y, width, height
          style: solid

Targets are anchors the capture recorded (``data-anchor`` elements), a list of anchors (their
union), or a box in screenshot pixels. Loading checks the file's shape; ``check_figures``
checks it against the run (known anchors, every entry shown by a page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeGuard, get_args

import yaml

from guidebook.geometry import Rect
from guidebook.run_record import Box, ShotRecord, check_shot_name
from guidebook.suggest import did_you_mean

Side = Literal["left", "right", "top", "bottom"]
Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]
MaskStyle = Literal["blur", "solid"]
FrameChoice = Literal["auto", "phone", "none"]

ACCENT = "#c8102e"
"""Default colour of callouts, arrows, outlines and badges: a red that stands out on the
federal navy and grey."""
MASK_GREY = "#6e7781"
VIEW_SEPARATOR = "@"


@dataclass(frozen=True)
class Target:
    """What an annotation points at: the union of recorded anchors, or a fixed box."""

    anchors: tuple[str, ...] = ()
    box: Box | None = None

    def rect(self, boxes: Mapping[str, Box]) -> Rect:
        if self.box is not None:
            return Rect.from_box(self.box)
        return Rect.union_of(Rect.from_box(boxes[anchor]) for anchor in self.anchors)


@dataclass(frozen=True)
class Outline:
    target: Target
    color: str = ACCENT
    width: int = 3
    padding: int = 4


@dataclass(frozen=True)
class Arrow:
    target: Target
    side: Side = "left"
    length: int = 64
    color: str = ACCENT


@dataclass(frozen=True)
class Badge:
    text: str
    target: Target
    corner: Corner = "top-left"
    color: str = ACCENT
    same_in_all_languages: bool = False
    """The writer's word that the text is the same in every edition (a French or German page
    may then show the Dutch text, see guidebook.editions)."""


@dataclass(frozen=True)
class Callout:
    text: str
    target: Target
    side: Side = "left"
    distance: int = 48
    color: str = ACCENT
    same_in_all_languages: bool = False
    """As for Badge: "Via itsme" reads the same in Dutch and French."""


@dataclass(frozen=True)
class Mask:
    target: Target
    style: MaskStyle = "blur"
    color: str = MASK_GREY


Annotation = Outline | Arrow | Badge | Callout | Mask


Padding = tuple[int, int, int, int]
"""Top, right, bottom, left, as in CSS."""


@dataclass(frozen=True)
class Crop:
    target: Target
    padding: Padding = (16, 16, 16, 16)


@dataclass(frozen=True)
class FigureSpec:
    """How one figure key is drawn."""

    key: str
    crop: Crop | None = None
    annotations: tuple[Annotation, ...] = ()
    frame: FrameChoice = "auto"
    labels: tuple[str, ...] = field(default=(), compare=False)
    """Per annotation, how error messages name it: "annotation 2 (callout 'Via itsme')"."""

    @property
    def shot(self) -> str:
        return shot_of(self.key)

    def targets(self) -> Iterable[tuple[str, Target]]:
        """Every target with the words that name it in an error message."""
        if self.crop is not None:
            yield "crop", self.crop.target
        for label, annotation in zip(self.labels, self.annotations, strict=True):
            yield label, annotation.target


def shot_of(key: str) -> str:
    """The screenshot a figure key shows: ``csam-sleutelkeuze@eid`` → ``csam-sleutelkeuze``."""
    return key.split(VIEW_SEPARATOR, 1)[0]


def check_figure_key(key: str) -> str:
    for part in key.split(VIEW_SEPARATOR, 1):
        check_shot_name(part)
    return key


class AnnotationFileError(ValueError):
    """The annotations file cannot be read; the message names file, shot and annotation.

    ``problems`` lists every problem of the file (one build reports them all), ``specs`` the
    entries that are fine and ``broken`` the keys of those that are not."""

    def __init__(
        self,
        message: str,
        problems: list[str] | None = None,
        specs: dict[str, FigureSpec] | None = None,
        broken: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(message)
        self.problems = problems if problems is not None else [message]
        self.specs = specs or {}
        self.broken = broken


KINDS = ("callout", "badge", "outline", "arrow", "mask")
_OPTIONS: dict[str, set[str]] = {
    "callout": {"anchor", "anchors", "box", "side", "distance", "color", "same_in_all_languages"},
    "badge": {"anchor", "anchors", "box", "corner", "color", "same_in_all_languages"},
    "outline": {"color", "width", "padding"},
    "arrow": {"side", "length", "color"},
    "mask": {"style", "color"},
}


class _Where:
    """Builds error messages that say where in the file the problem is."""

    def __init__(self, file: str, key: str, label: str = "") -> None:
        self.file, self.key, self.label = file, key, label

    def error(self, message: str) -> AnnotationFileError:
        where = f"{self.file}: shot '{self.key}'" + (f", {self.label}" if self.label else "")
        return AnnotationFileError(f"{where}: {message}")


def load_annotations(path: Path, display: str | None = None) -> dict[str, FigureSpec]:
    """Read the annotations file; an absent file declares nothing."""
    name = display or str(path)
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    try:
        # libyaml's loader: the pure-Python one costs a writer a third of a second per save.
        data = yaml.load(text, Loader=FAST_LOADER)
        lines = _key_lines(yaml.compose(text, Loader=FAST_LOADER))
    except yaml.YAMLError as error:
        raise AnnotationFileError(f"{name}: not valid YAML: {error}") from None
    return parse_annotations(data, name, lines)


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Lines = dict[tuple[str, int], int]
"""The line of each entry (``(key, 0)``) and of each of its annotations (``(key, n)``)."""


def _key_lines(node: yaml.Node | None) -> Lines:
    lines: Lines = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        key = str(key_node.value)
        lines[key, 0] = key_node.start_mark.line + 1
        if not isinstance(value_node, yaml.MappingNode):
            continue
        for setting, items in value_node.value:
            if setting.value == "annotations" and isinstance(items, yaml.SequenceNode):
                for number, item in enumerate(items.value, start=1):
                    lines[key, number] = item.start_mark.line + 1
    return lines


def parse_annotations(data: object, file: str, lines: Lines | None = None) -> dict[str, FigureSpec]:
    """Every entry of the file; all problems of all entries at once in one error."""
    lines = lines or {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AnnotationFileError(f"{file}: expected a mapping of shot names to their figures")
    specs: dict[str, FigureSpec] = {}
    problems: list[str] = []
    broken: set[str] = set()
    for key, value in data.items():
        where = _Where(_at(file, lines, str(key), 0), str(key))
        try:
            check_figure_key(str(key))
            specs[str(key)] = _figure(str(key), value, where, file, lines)
        except AnnotationFileError as error:
            problems += error.problems
            broken.add(str(key))
        except ValueError as error:
            problems.append(str(where.error(str(error))))
            broken.add(str(key))
    if problems:
        raise AnnotationFileError("\n".join(problems), problems, specs, frozenset(broken))
    return specs


def _at(file: str, lines: Lines, key: str, number: int) -> str:
    line = lines.get((key, number)) or lines.get((key, 0))
    return f"{file}:{line}" if line else file


SETTINGS = ("crop", "frame", "annotations")


def _figure(key: str, value: object, where: _Where, file: str, lines: Lines) -> FigureSpec:
    if not isinstance(value, dict):
        raise where.error("expected a mapping with 'crop', 'frame' and/or 'annotations'")
    problems: list[str] = []
    unknown = set(value) - set(SETTINGS)
    for name in sorted(unknown):
        problems.append(
            str(
                where.error(
                    f"unknown setting '{name}'{did_you_mean(name, SETTINGS)}; "
                    "use 'crop', 'frame', 'annotations'"
                )
            )
        )
    crop = None
    if "crop" in value:
        try:
            crop = _crop(value["crop"], _Where(_at(file, lines, key, 0), key, "crop"))
        except AnnotationFileError as error:
            problems.append(str(error))
    frame = value.get("frame", "auto")
    if frame not in get_args(FrameChoice):
        problems.append(
            str(where.error(f"frame must be one of {_names(get_args(FrameChoice))}, not {frame!r}"))
        )
    items = value.get("annotations") or []
    if not isinstance(items, list):
        problems.append(str(where.error("'annotations' must be a list")))
        items = []
    annotations: list[Annotation] = []
    labels: list[str] = []
    for number, item in enumerate(items, start=1):
        label = _label(number, item)
        try:
            annotations.append(_annotation(item, _Where(_at(file, lines, key, number), key, label)))
        except AnnotationFileError as error:
            problems.append(str(error))
        labels.append(label)
    if problems:
        raise AnnotationFileError("\n".join(problems), problems)
    return FigureSpec(key, crop, tuple(annotations), frame, tuple(labels))


def _label(number: int, item: object) -> str:
    if isinstance(item, dict):
        kinds = [kind for kind in KINDS if kind in item]
        if len(kinds) == 1:
            return f"annotation {number} ({kinds[0]} {str(item[kinds[0]])!r})"
    return f"annotation {number}"


def _annotation(item: object, where: _Where) -> Annotation:
    if not isinstance(item, dict):
        raise where.error(f"expected a mapping that starts with one of {_names(KINDS)}")
    kinds = [kind for kind in KINDS if kind in item]
    if len(kinds) != 1:
        raise where.error(f"name exactly one kind of annotation: {_names(KINDS)}")
    kind = kinds[0]
    unknown = set(item) - {kind} - _OPTIONS[kind]
    if unknown:
        hints = "".join(did_you_mean(name, _OPTIONS[kind]) for name in sorted(unknown))
        raise where.error(
            f"unknown option(s) {_names(unknown)} for {kind}{hints}; "
            f"it takes {_names(sorted(_OPTIONS[kind]))}"
        )
    options = _Options(item, where)
    color = options.color("color")
    match kind:
        case "callout":
            return Callout(
                options.text(kind),
                _target_of(item, where),
                options.choice("side", Side, "left"),
                options.number("distance", 48),
                color or ACCENT,
                options.flag("same_in_all_languages"),
            )
        case "badge":
            return Badge(
                options.text(kind),
                _target_of(item, where),
                options.choice("corner", Corner, "top-left"),
                color or ACCENT,
                options.flag("same_in_all_languages"),
            )
        case "outline":
            return Outline(
                _target(item[kind], where),
                color or ACCENT,
                options.number("width", 3),
                options.number("padding", 4),
            )
        case "arrow":
            return Arrow(
                _target(item[kind], where),
                options.choice("side", Side, "left"),
                options.number("length", 64),
                color or ACCENT,
            )
        case _:
            return Mask(
                _target(item[kind], where),
                options.choice("style", MaskStyle, "blur"),
                color or MASK_GREY,
            )


class _Options:
    def __init__(self, item: Mapping[str, Any], where: _Where) -> None:
        self.item, self.where = item, where

    def text(self, kind: str) -> str:
        value = self.item[kind]
        if not isinstance(value, str | int) or str(value).strip() == "":
            raise self.where.error(f"{kind} needs a text")
        return str(value)

    def number(self, name: str, default: int) -> int:
        value = self.item.get(name, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.where.error(f"{name} must be a whole number of pixels, not {value!r}")
        return value

    def flag(self, name: str) -> bool:
        value = self.item.get(name, False)
        if not isinstance(value, bool):
            raise self.where.error(f"{name} must be true or false, not {value!r}")
        return value

    def choice(self, name: str, choices: Any, default: str) -> Any:
        value = self.item.get(name, default)
        allowed = get_args(choices)
        if value not in allowed:
            raise self.where.error(f"{name} must be one of {_names(allowed)}, not {value!r}")
        return value

    def color(self, name: str) -> str | None:
        value = self.item.get(name)
        if value is None:
            return None
        if not (isinstance(value, str) and _is_hex_color(value)):
            raise self.where.error(f"{name} must be a colour like '#c8102e', not {value!r}")
        return value


def _is_hex_color(value: str) -> bool:
    digits = value[1:]
    return (
        value.startswith("#")
        and len(digits) in (3, 6)
        and all(c in "0123456789abcdefABCDEF" for c in digits)
    )


def _target_of(item: Mapping[str, Any], where: _Where) -> Target:
    """The target of a callout or badge: its ``anchor``, ``anchors`` or ``box`` option."""
    given = {key: item[key] for key in ("anchor", "anchors", "box") if key in item}
    if len(given) != 1:
        raise where.error("say what it points at with one of 'anchor', 'anchors' or 'box'")
    return _target(given, where)


def _target(value: object, where: _Where) -> Target:
    """An anchor name, a list of anchor names, a box [x, y, w, h], or a mapping of one of them."""
    if isinstance(value, dict):
        if len(value) != 1 or not set(value) <= {"anchor", "anchors", "box"}:
            raise where.error("a target is one of 'anchor', 'anchors' or 'box'")
        ((kind, inner),) = value.items()
        if kind == "box" and not _is_box(inner):
            raise where.error(f"a box is [x, y, width, height] in pixels, not {inner!r}")
        return _target(inner, where)
    if isinstance(value, str) and value:
        return Target(anchors=(value,))
    if _is_box(value):
        x, y, width, height = (float(number) for number in value)
        return Target(box=(x, y, width, height))
    if isinstance(value, list) and value and all(isinstance(name, str) for name in value):
        return Target(anchors=tuple(value))
    raise where.error(
        f"cannot point at {value!r}: give an anchor name, a list of anchor names "
        "or a box [x, y, width, height]"
    )


def _is_box(value: object) -> TypeGuard[list[float]]:
    return (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(n, int | float) and not isinstance(n, bool) for n in value)
        and value[2] > 0
        and value[3] > 0
    )


def _crop(value: object, where: _Where) -> Crop:
    if isinstance(value, dict):
        unknown = set(value) - {"anchor", "anchors", "box", "padding"}
        if unknown:
            raise where.error(
                f"unknown option(s) {_names(unknown)}; use anchor, anchors or box, and padding"
            )
        return Crop(_target_of(value, where), _padding(value.get("padding", 16), where))
    return Crop(_target(value, where))


def _padding(value: object, where: _Where) -> Padding:
    """One number for every side, or [top, right, bottom, left] as in CSS."""
    sides: list[object] = [value] * 4 if not isinstance(value, list) else value
    numbers = [side for side in sides if isinstance(side, int) and not isinstance(side, bool)]
    if len(sides) != 4 or len(numbers) != 4 or min(numbers) < 0:
        raise where.error(
            f"padding is a number of pixels or [top, right, bottom, left], not {value!r}"
        )
    top, right, bottom, left = numbers
    return top, right, bottom, left


def _names(names: Iterable[str]) -> str:
    return ", ".join(f"'{name}'" for name in sorted(names))


def check_figures(
    specs: Mapping[str, FigureSpec],
    shots: Mapping[str, ShotRecord],
    shown: Callable[[str], bool],
    file: str,
) -> list[str]:
    """Problems of the declarations against this run and the pages.

    ``shown(key)`` says whether a page shows the figure. Figures of shots the run did not
    produce are left to the page check, which names the page.
    """
    problems: list[str] = []
    for key, spec in sorted(specs.items()):
        if not shown(key):
            problems.append(
                f"{file}: shot '{key}' is annotated but no page shows it; remove the entry "
                f"or show it on a page with ![…](shot:{key})"
            )
            continue
        record = shots.get(spec.shot)
        if record is None:
            continue
        recorded = record["boxes"]
        for label, target in spec.targets():
            for anchor in target.anchors:
                if anchor not in recorded:
                    known = ", ".join(sorted(recorded)) or "none"
                    problems.append(
                        f"{file}: shot '{key}', {label}: anchor '{anchor}' is not in the record "
                        f"of screenshot '{spec.shot}'{did_you_mean(anchor, recorded)} "
                        f"(its anchors: {known})"
                    )
    return problems
