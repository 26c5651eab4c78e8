"""The PDF's bookmarks read as the headings do: a space lost where Chromium wrapped a heading
is given back, read back with pypdf."""

from __future__ import annotations

import io

from pypdf import PdfWriter

from guidebook.pdf import outline_titles, restore_outline_spaces

HEADING = "Onderbreking van de verbinding met PersoSelfService na 20 minuten inactiviteit"


def pdf_with_bookmarks(*titles: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    parent = writer.add_outline_item(title="Verificatie", page_number=0)
    for title in titles:
        writer.add_outline_item(title=title, page_number=0, parent=parent)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_a_bookmark_that_lost_a_space_at_a_line_break_gets_it_back() -> None:
    wrapped = HEADING.replace("minuten inactiviteit", "minuteninactiviteit")
    pdf = pdf_with_bookmarks(wrapped, "Toegang")
    fixed = restore_outline_spaces(pdf, ["Verificatie", HEADING, "Toegang"])
    assert outline_titles(fixed) == ["Verificatie", HEADING, "Toegang"]


def test_bookmarks_that_match_their_headings_leave_the_pdf_as_it_is() -> None:
    pdf = pdf_with_bookmarks(HEADING)
    assert restore_outline_spaces(pdf, ["Verificatie", HEADING]) == pdf
