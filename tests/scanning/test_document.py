"""Documents made of several runs: edits, and PDFs that embed G4 and JPEG pages as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw

from scanning.document import Document, write_pdf
from scanning.model import Encoding, PageKind, ScannedPage
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


def test_an_empty_document_has_no_pdf(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_pdf(Document(), tmp_path / "x.pdf")


def test_sink_writes_whole_files_and_tidies_partial_ones(tmp_path: Path) -> None:
    sink = SinkSpec().make(tmp_path / "spool")
    path = sink.write("a.jpg", b"data")
    assert sink.read(path) == b"data"
    (tmp_path / "spool" / "b.jpg.part").write_bytes(b"half")
    sink.discard_partial()
    assert sorted(p.name for p in (tmp_path / "spool").iterdir()) == ["a.jpg"]
    sink.delete(path)
    assert not path.exists()
    with pytest.raises(ValueError):
        sink.write("../escape.jpg", b"x")


def test_pages_kind_and_paths_survive_edits(document: Document) -> None:
    assert document.move(0, 2).pages[2].kind is PageKind.TEXT


def test_documents_round_trip_as_plain_data(document: Document) -> None:
    edited = document.rotate(0, 180).move(2, 0)
    assert Document.from_dict(json.loads(json.dumps(edited.to_dict()))) == edited
