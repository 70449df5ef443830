"""Realistic paper for the pnm driver: documents drawn with reportlab, rendered by pdftoppm."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

# reportlab ships no type information (and there is no stub package in the environment).
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

SAMPLE_LINES = [
    ("02 Mar", "Card payment  GROCER 1142 WOOLWICH", "-23.48", "1,204.17"),
    ("03 Mar", "Direct debit  ROYAL BOROUGH COUNCIL TAX", "-142.00", "1,062.17"),
    ("05 Mar", "Bank credit  PAYROLL EXAMPLE LTD", "1,530.55", "2,592.72"),
    ("07 Mar", "Standing order  RENT 14 SAMPLE ROAD", "-650.00", "1,942.72"),
    ("09 Mar", "Card payment  TRANSPORT FOR LONDON", "-8.10", "1,934.62"),
    ("12 Mar", "Cash machine  ELTHAM HIGH STREET", "-40.00", "1,894.62"),
]


def _statement(c: canvas.Canvas) -> None:
    _, height = A4
    c.setFillColor(colors.HexColor("#0b5394"))
    c.rect(20 * mm, height - 32 * mm, 14 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(38 * mm, height - 26 * mm, "Example Bank plc")
    c.setFont("Helvetica", 10)
    c.drawString(
        20 * mm, height - 45 * mm, "Statement of account   Sort code 00-00-00   Account 00000000"
    )
    c.drawString(20 * mm, height - 51 * mm, "Period 1 March to 31 March")
    y = height - 65 * mm
    c.setFont("Helvetica-Bold", 9)
    for x, text in ((20, "Date"), (40, "Description"), (140, "Amount"), (170, "Balance")):
        c.drawString(x * mm, y, text)
    c.setFont("Helvetica", 9)
    for repeat in range(6):
        for date, text, amount, balance in SAMPLE_LINES:
            y -= 6 * mm
            c.drawString(20 * mm, y, date)
            c.drawString(40 * mm, y, text)
            c.drawRightString(160 * mm, y, amount)
            c.drawRightString(190 * mm, y, balance)
        if repeat % 2:
            c.line(20 * mm, y - 2 * mm, 190 * mm, y - 2 * mm)
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 15 * mm, "Page 1 of 2   Example Bank plc is authorised by a regulator.")


def _letter(c: canvas.Canvas) -> None:
    _, height = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20 * mm, height - 25 * mm, "Sample Housing Association")
    c.setFont("Helvetica", 10)
    c.drawString(20 * mm, height - 31 * mm, "1 Example Street, London")
    c.drawString(20 * mm, height - 55 * mm, "Dear Resident,")
    text = c.beginText(20 * mm, height - 65 * mm)
    text.setFont("Times-Roman", 11)
    para = (
        "We are writing to confirm your tenancy at the address above. This letter may be used "
        "as proof of address. Your rent is due on the first day of each month and may be paid "
        "by direct debit, standing order or at any post office counter."
    )
    words = para.split()
    for _ in range(5):
        line: list[str] = []
        for word in words:
            line.append(word)
            if len(" ".join(line)) > 85:
                text.textLine(" ".join(line))
                line = []
        text.textLine(" ".join(line))
        text.textLine("")
    c.drawText(text)
    c.drawString(20 * mm, 60 * mm, "Yours faithfully,")
    c.drawString(20 * mm, 45 * mm, "Tenancy Services")


def _photo(c: canvas.Canvas) -> None:
    width, height = A4
    steps = 60
    for i in range(steps):
        c.setFillColorRGB(0.9 - i / steps * 0.6, 0.3 + i / steps * 0.5, 0.2 + i / (2 * steps))
        c.rect(0, i * height / steps, width, height / steps + 1, stroke=0, fill=1)
    for i in range(12):
        c.setFillColorRGB((i * 37 % 100) / 100, (i * 53 % 100) / 100, (i * 71 % 100) / 100)
        c.circle(
            (20 + i * 15) * mm, (60 + (i * 47 % 150)) * mm, (10 + i * 2) * mm, stroke=0, fill=1
        )


def _id_card(c: canvas.Canvas) -> None:
    # A card on the glass, the rest of the bed white (the lid), as a flatbed sees it.
    _, height = A4
    x, y = 40 * mm, height - 110 * mm
    c.setFillColor(colors.HexColor("#f4c6d6"))
    c.roundRect(x, y, 85.6 * mm, 54 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#7a2c4a"))
    c.rect(x + 4 * mm, y + 8 * mm, 24 * mm, 32 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1d3f8a"))
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x + 32 * mm, y + 44 * mm, "DRIVING LICENCE")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7)
    for i, line in enumerate(("1. SAMPLE", "2. EXAMPLE PERSON", "3. 01.01.1990", "5. SAMPL0000")):
        c.drawString(x + 32 * mm, y + (36 - i * 6) * mm, line)


def _blank(c: canvas.Canvas) -> None:
    # The back of a page: nothing but faint show-through from the front.
    c.setFillColor(colors.Color(0.85, 0.85, 0.85))
    c.setFont("Helvetica", 9)
    c.drawString(30 * mm, 200 * mm, "statement of account")


DRAWINGS = {
    "statement": _statement,
    "letter": _letter,
    "photo": _photo,
    "id_card": _id_card,
    "blank": _blank,
}


def render(name: str, folder: Path, dpi: int, color: bool, rotate: float = 0.0) -> Path:
    """`name` drawn, rendered at `dpi` to a PNM (P6 colour or P5 grey), optionally rotated."""
    pdf = folder / f"{name}.pdf"
    if not pdf.exists():
        c = canvas.Canvas(str(pdf), pagesize=A4)
        DRAWINGS[name](c)
        c.showPage()
        c.save()
    stem = folder / f"{name}-{dpi}-{'color' if color else 'gray'}"
    args = ["pdftoppm", "-r", str(dpi), "-singlefile"]
    if not color:
        args.append("-gray")
    subprocess.run([*args, str(pdf), str(stem)], check=True, timeout=120)
    out = stem.with_suffix(".ppm" if color else ".pgm")
    if rotate:
        with Image.open(out) as image:
            fill = (255, 255, 255) if image.mode == "RGB" else 255
            turned = image.rotate(rotate, resample=Image.Resampling.BILINEAR, fillcolor=fill)
        out = folder / f"{stem.name}-rot{rotate:g}{out.suffix}"
        turned.save(out)
    return out
