from __future__ import annotations

import pytest

from guidebook.evidence import scenario_anchor


@pytest.mark.parametrize(
    ("nodeid", "anchor"),
    [
        (
            "features/toegang/test_toegang.py::test_csam_is_onbereikbaar_1",
            "toegang-csam-is-onbereikbaar-1",
        ),
        (
            "features/inloggen_itsme/test_inloggen_itsme.py::test_csam_is_onbereikbaar",
            "inloggen-itsme-csam-is-onbereikbaar",
        ),
        (
            "features/toegang/test_toegang.py::test_taal[Fran\\xe7ais-Bienvenue]",
            "toegang-taal-francais-bienvenue",
        ),
        ("features/test_features.py::test_start", "start"),
    ],
)
def test_anchors_are_readable_and_keep_chapters_apart(nodeid: str, anchor: str) -> None:
    assert scenario_anchor(nodeid) == anchor
