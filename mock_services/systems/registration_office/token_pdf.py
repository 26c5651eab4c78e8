"""The token card as a PDF to print: the 24 numbered codes in a grid."""

from __future__ import annotations

from datetime import datetime

COLUMNS = 4


def token_card_pdf(
    title: str, owner: str, note: str, codes: tuple[str, ...], issued: datetime
) -> bytes:
    """A one-page PDF; ``issued`` is its creation date, so the same card gives the same bytes."""
    # Imported here: fpdf (with fontTools) costs most of the world's import time, and only
    # this page needs it.
    from fpdf import FPDF  # noqa: PLC0415

    pdf = FPDF(format="A4")
    pdf.set_creation_date(issued)
    pdf.set_title(title)
    pdf.set_author("CSAM")
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=18)
    pdf.cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 8, owner, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / COLUMNS
    for index, code in enumerate(codes, start=1):
        pdf.set_font("helvetica", style="B", size=12)
        pdf.cell(12, 12, f"{index}.", border="LTB")
        pdf.set_font("courier", size=14)
        last = index % COLUMNS == 0
        pdf.cell(
            width - 12,
            12,
            code,
            border="RTB",
            new_x="LMARGIN" if last else "RIGHT",
            new_y="NEXT" if last else "TOP",
        )
    return bytes(pdf.output())
