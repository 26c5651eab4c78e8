"""``GET /api``: every endpoint of the control API, read from the app itself.

The list comes from Flask's URL map (paths, methods, path parameters), the first line of each
view's docstring and the body fields it declares (``control.body.fields``), so the endpoints
that systems mount through their spec's ``controls`` blueprint are listed as soon as they
exist, and the list cannot drift from the code.
"""

from __future__ import annotations

import inspect
from typing import Any

from flask import Flask
from werkzeug.routing import Rule

from mock_services.control.body import declared_fields

IMPLICIT_METHODS = frozenset({"HEAD", "OPTIONS"})


def _summary(rule: Rule, app: Flask) -> str:
    doc = inspect.getdoc(app.view_functions[rule.endpoint]) or ""
    return doc.splitlines()[0] if doc else ""


def _parameters(rule: Rule, app: Flask) -> list[dict[str, Any]]:
    declared = declared_fields(app.view_functions[rule.endpoint])
    described = {field.name: field for field in declared if field.where == "path"}
    in_path = [
        described[name].describe()
        if name in described
        else {"name": name, "in": "path", "type": "string", "required": True}
        for name in sorted(rule.arguments)
    ]
    return in_path + [field.describe() for field in declared if field.where == "body"]


def endpoints(app: Flask) -> list[dict[str, Any]]:
    """One entry per method and path, sorted by path."""
    listed = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: (rule.rule, rule.endpoint)):
        for method in sorted((rule.methods or set()) - IMPLICIT_METHODS):
            listed.append(
                {
                    "method": method,
                    "path": rule.rule,
                    "description": _summary(rule, app),
                    "parameters": _parameters(rule, app),
                }
            )
    return listed
