"""A document as the PDF an institution sends: letterhead, title, date, addressee, text."""

from __future__ import annotations

from datetime import datetime


def document_pdf(
    *,
    sender: str,
    title: str,
    addressee: str,
    date: str,
    paragraphs: tuple[str, ...],
    issued: datetime,
) -> bytes:
    """A one-page PDF; ``issued`` is its creation date, so the same document gives the same
    bytes. Core fonts only, so the text is limited to Latin-1."""
    # Imported here: fpdf (with fontTools and Pillow) is about a third of the import time of a
    # test run, and only the scenarios that deliver a document write a PDF.
    from fpdf import FPDF  # noqa: PLC0415

    pdf = FPDF(format="A4")
    pdf.set_creation_date(issued)
    pdf.set_title(title)
    pdf.set_author(sender)
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=11)
    pdf.cell(0, 8, sender, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 8, date, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, addressee, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", style="B", size=16)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())
