"""Documents made of several runs: edits, and PDFs that embed G4 and JPEG pages as they are."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
from pathlib import Path

import img2pdf
import pikepdf
import pytest
from PIL import Image, ImageChops, ImageDraw, TiffImagePlugin

from scanning.document import Document, PdfAssembler, write_pdf
from scanning.model import Encoding, PageKind, ScannedPage
from scanning.pdf import PdfImageError, PdfWriter
from scanning.pipeline import PipelineSettings, process_page
from scanning.sink import PlainFileSink, SinkSpec


def make_page(folder: Path, index: int, color: bool, blank: bool = False) -> ScannedPage:
    size = (620, 877)
    if color:
        image = Image.new("RGB", size, (200, 40, 60))
    else:
        image = Image.new("L", size, 250)
        if not blank:
            ImageDraw.Draw(image).text((60, 60), f"page {index} " * 8, fill=0)
    done = process_page(image, PipelineSettings(dpi=75))
    path = PlainFileSink(folder).write(f"p{index}.{done.extension}", done.data)
    return ScannedPage(
        path=str(path),
        index=index,
        encoding=done.encoding,
        kind=done.kind,
        width=done.width,
        height=done.height,
        dpi=75,
        bytes=len(done.data),
        blank=done.blank,
    )


@pytest.fixture
def document(tmp_path: Path) -> Document:
    first_run = [make_page(tmp_path, 0, False), make_page(tmp_path, 1, True)]
    second_run = [make_page(tmp_path, 2, False, blank=True)]
    return Document().extend(first_run).extend(second_run)


def test_runs_append_and_blanks_are_flagged(document: Document) -> None:
    assert len(document) == 3
    assert [p.encoding for p in document.pages] == [Encoding.G4, Encoding.JPEG, Encoding.G4]
    assert document.blank_pages == (2,)
    assert document.bytes == sum(p.bytes for p in document.pages)


def test_edits_return_new_documents(document: Document) -> None:
    turned = document.rotate(1, 90).rotate(1, 270).rotate(0, -90)
    assert [p.rotation for p in turned.pages] == [270, 0, 0]
    assert [p.index for p in document.delete(1).pages] == [0, 2]
    assert [p.index for p in document.move(2, 0).pages] == [2, 0, 1]
    assert [p.index for p in document.reorder([1, 2, 0]).pages] == [1, 2, 0]
    assert [p.rotation for p in document.pages] == [0, 0, 0]
    with pytest.raises(ValueError):
        document.rotate(0, 45)
    with pytest.raises(ValueError):
        document.reorder([0, 0, 1])
    with pytest.raises(IndexError):
        document.delete(5)


def test_pdf_embeds_pages_without_re_encoding(document: Document, tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    size = write_pdf(document.rotate(1, 90), output)
    assert size == output.stat().st_size
    assert not list(tmp_path.glob("*.part"))
    with pikepdf.open(output) as pdf:
        assert len(pdf.pages) == 3
        filters = []
        for page in pdf.pages:
            (image,) = page.Resources.XObject.values()
            names = image.Filter if isinstance(image.Filter, pikepdf.Array) else [image.Filter]
            filters.append(",".join(str(n) for n in names))
        assert filters == ["/CCITTFaxDecode", "/DCTDecode", "/CCITTFaxDecode"]
        assert int(pdf.pages[1].Rotate) == 90
        # 620 px at 75 dpi is 8.27 in: A4 width in points.
        assert float(pdf.pages[0].MediaBox[2]) == pytest.approx(595.2, abs=1)


def test_pdf_has_the_images_img2pdf_would_embed(document: Document, tmp_path: Path) -> None:
    # The same streams, sizes and colour spaces as img2pdf's PDF of the same files, and valid.
    ours = tmp_path / "ours.pdf"
    write_pdf(document, ours)
    theirs = img2pdf.convert([Path(p.path).read_bytes() for p in document.pages], nodate=True)
    with pikepdf.open(ours) as mine, pikepdf.open(io.BytesIO(theirs)) as reference:
        assert mine.check_pdf_syntax() == []
        assert len(mine.pages) == len(reference.pages) == 3
        for page, expected in zip(mine.pages, reference.pages, strict=True):
            (image,) = page.Resources.XObject.values()
            (wanted,) = expected.Resources.XObject.values()
            assert image.read_raw_bytes() == wanted.read_raw_bytes()
            assert isinstance(image, pikepdf.Stream)
            assert isinstance(wanted, pikepdf.Stream)
            ours_image, their_image = pikepdf.PdfImage(image), pikepdf.PdfImage(wanted)
            assert ours_image.filters == their_image.filters
            assert (ours_image.mode, ours_image.size) == (their_image.mode, their_image.size)
            assert [float(v) for v in page.MediaBox] == pytest.approx(
                [float(v) for v in expected.MediaBox], abs=0.01
            )
    # The JPEG is the spool file itself.
    with pikepdf.open(ours) as mine:
        (image,) = mine.pages[1].Resources.XObject.values()
        assert image.read_raw_bytes() == Path(document.pages[1].path).read_bytes()


def test_a_g4_tiff_in_several_strips_becomes_one_strip(tmp_path: Path) -> None:
    # Spool files written before pages were kept in one strip still make a correct PDF.
    page = Image.new("L", (900, 1200), 255)
    ImageDraw.Draw(page).text((40, 40), "several strips " * 20, fill=0)
    bw = page.point(lambda v: 255 if v > 128 else 0).convert("1")
    buffer = io.BytesIO()
    bw.save(buffer, "TIFF", compression="group4", dpi=(300, 300))
    with Image.open(io.BytesIO(buffer.getvalue())) as tiff:
        assert isinstance(tiff, TiffImagePlugin.TiffImageFile)
        assert len(tiff.tag_v2[273]) > 1
    out = io.BytesIO()
    writer = PdfWriter(out)
    writer.add_page(buffer.getvalue())
    writer.close()
    with pikepdf.open(io.BytesIO(out.getvalue())) as pdf:
        (image,) = pdf.pages[0].Resources.XObject.values()
        assert isinstance(image, pikepdf.Stream)
        shown = pikepdf.PdfImage(image).as_pil_image().convert("L")
        assert ImageChops.difference(shown, bw.convert("L")).getbbox() is None
        assert float(pdf.pages[0].MediaBox[2]) == pytest.approx(900 * 72 / 300)


def test_the_writer_refuses_what_it_cannot_embed(tmp_path: Path) -> None:
    writer = PdfWriter(io.BytesIO())
    png = io.BytesIO()
    Image.new("L", (10, 10)).save(png, "PNG")
    with pytest.raises(PdfImageError):
        writer.add_page(png.getvalue())
    lzw = io.BytesIO()
    Image.new("1", (10, 10)).save(lzw, "TIFF", compression="tiff_lzw")
    with pytest.raises(PdfImageError):
        writer.add_page(lzw.getvalue())
    with pytest.raises(ValueError):
        writer.close()


def _noise_pages(folder: Path, count: int) -> list[ScannedPage]:
    # Noise does not compress: each page is a JPEG of about 250 KB.
    image = Image.frombytes("RGB", (420, 600), os.urandom(420 * 600 * 3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, dpi=(75, 75))
    data = buffer.getvalue()
    sink = PlainFileSink(folder)
    return [
        ScannedPage(
            path=str(sink.write(f"n{i}.jpg", data)),
            index=i,
            encoding=Encoding.JPEG,
            kind=PageKind.COLOR,
            width=420,
            height=600,
            dpi=75,
            bytes=len(data),
            blank=False,
        )
        for i in range(count)
    ]


def _peak_traced_bytes(document: Document, output: Path) -> int:
    tracemalloc.start()
    try:
        write_pdf(document, output)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_pdf_memory_does_not_grow_with_the_page_count(tmp_path: Path) -> None:
    pages = _noise_pages(tmp_path / "spool", 20)
    page_bytes = pages[0].bytes
    few = _peak_traced_bytes(Document(tuple(pages[:5])), tmp_path / "five.pdf")
    many = _peak_traced_bytes(Document(tuple(pages)), tmp_path / "twenty.pdf")
    assert (tmp_path / "twenty.pdf").stat().st_size > 20 * page_bytes
    # Holding the pages would add 15 pages (about 3.7 MB); one page at a time adds next to nothing.
    assert many - few < page_bytes // 4
    assert many < 3 * page_bytes


def test_an_assembler_adds_pages_as_they_come(document: Document, tmp_path: Path) -> None:
    with PdfAssembler(tmp_path / "live.pdf") as pdf:
        for page in document.pages:
            pdf.add(page)
        assert not (tmp_path / "live.pdf").exists()
        size = pdf.finish(tmp_path / "live.partial.pdf")
    assert size == (tmp_path / "live.partial.pdf").stat().st_size
    assert not list(tmp_path.glob("*.part"))
    with pikepdf.open(tmp_path / "live.partial.pdf") as done:
        assert len(done.pages) == 3
    with PdfAssembler(tmp_path / "dropped.pdf") as pdf:
        pdf.add(document.pages[0])
    assert not list(tmp_path.glob("dropped*"))


def test_an_empty_document_has_no_pdf(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_pdf(Document(), tmp_path / "x.pdf")


def test_sink_writes_whole_files_and_tidies_partial_ones(tmp_path: Path) -> None:
    sink = SinkSpec().make(tmp_path / "spool")
    path = sink.write("a.jpg", b"data")
    assert sink.read(path) == b"data"
    (tmp_path / "spool" / "run-1-0002.jpg.part").write_bytes(b"half")
    # Another writer's file being made (the two sides joined) is not the run's to remove.
    (tmp_path / "spool" / "run-1-0001-both-sides.jpg.part").write_bytes(b"joining")
    sink.discard_partial("run-1")
    assert sorted(p.name for p in (tmp_path / "spool").iterdir()) == [
        "a.jpg",
        "run-1-0001-both-sides.jpg.part",
    ]
    sink.delete(path)
    assert not path.exists()
    with pytest.raises(ValueError):
        sink.write("../escape.jpg", b"x")


def test_pages_kind_and_paths_survive_edits(document: Document) -> None:
    assert document.move(0, 2).pages[2].kind is PageKind.TEXT


def test_documents_round_trip_as_plain_data(document: Document) -> None:
    edited = document.rotate(0, 180).move(2, 0)
    assert Document.from_dict(json.loads(json.dumps(edited.to_dict()))) == edited


@pytest.mark.parametrize(
    ("mode", "options"),
    [("L", {}), ("RGB", {"dpi": (300, 300)}), ("RGB", {"progressive": True}), ("CMYK", {})],
)
def test_a_jpegs_size_and_colours_are_read_from_its_markers_as_pillow_reads_them(
    mode: str, options: dict[str, object]
) -> None:
    from scanning.pdf import _jpeg_header  # noqa: PLC0415

    buffer = io.BytesIO()
    Image.new(mode, (123, 45), 200 if mode == "L" else None).save(buffer, "JPEG", **options)
    data = buffer.getvalue()
    components, width, height, info = _jpeg_header(data)
    with Image.open(io.BytesIO(data)) as image:
        assert (width, height) == image.size
        assert components == len(image.getbands())
        assert info.get("dpi") == image.info.get("dpi")
        assert ("adobe" in info) == ("adobe" in image.info)


def test_the_pdf_page_takes_the_scan_resolution_over_what_the_jpeg_says() -> None:
    # A scanner's own JPEG can say 72 dpi whatever it scanned at: the page is sized by the scan.
    buffer = io.BytesIO()
    Image.new("RGB", (600, 300), "white").save(buffer, "JPEG", dpi=(72, 72))
    out = io.BytesIO()
    writer = PdfWriter(out)
    writer.add_page(buffer.getvalue(), dpi=300)
    writer.close()
    with pikepdf.open(io.BytesIO(out.getvalue())) as pdf:
        box = [float(v) for v in pdf.pages[0].MediaBox]
    assert box[2:] == pytest.approx([144.0, 72.0])
