"""The streaming canvas: pages reach the file as they are finished and the file is a valid PDF."""

from __future__ import annotations

import io
import itertools

import pypdf
from reportlab.lib.pagesizes import A4

from desc_desktop.services.letters_pdf import BOLD, FONT, _register_fonts
from desc_desktop.services.pdf_stream import StreamingCanvas

NAMES = ["Nguyễn Thị Ánh", "Ελένη Παπαδοπούλου", "Юлия Смирнова", "Siobhán Ó Briain"]


def _write(file, pages: int) -> list[int]:
    """Draws `pages` pages; returns the file's size after each page was finished."""
    _register_fonts()
    canvas = StreamingCanvas(file, pagesize=A4, pageCompression=1)
    canvas.setTitle("Streaming test")
    sizes = []
    for n in range(pages):
        canvas.setFont(BOLD if n % 2 else FONT, 12)
        canvas.drawString(72, 700, f"Page {n + 1}: {NAMES[n % len(NAMES)]}")
        canvas.setFont("Helvetica", 9)  # a standard font beside the embedded ones
        canvas.drawString(72, 100, "footer")
        canvas.showPage()
        sizes.append(file.tell())
    canvas.save()
    return sizes


def test_each_page_is_written_as_soon_as_it_is_finished():
    file = io.BytesIO()
    sizes = _write(file, 6)
    assert all(later > earlier for earlier, later in itertools.pairwise(sizes))
    assert sizes[0] > 100  # the first page is in the file before the second is drawn


def test_the_file_reads_back_strictly_with_every_page_in_order():
    file = io.BytesIO()
    _write(file, 9)
    reader = pypdf.PdfReader(io.BytesIO(file.getvalue()), strict=True)
    assert len(reader.pages) == 9
    for n, page in enumerate(reader.pages):
        assert f"Page {n + 1}: {NAMES[n % len(NAMES)]}" in page.extract_text()
    assert reader.metadata.title == "Streaming test"
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # shared font dictionary, written once at the end


def test_the_cross_reference_table_points_at_every_object():
    file = io.BytesIO()
    _write(file, 5)
    data = file.getvalue()
    start = int(data.rsplit(b"startxref", 1)[1].split()[0])
    lines = data[start:].split(b"\n")
    assert lines[0] == b"xref"
    first, count = map(int, lines[1].split())
    assert (first, lines[2]) == (0, b"0000000000 65535 f ")
    for number in range(1, count):
        offset = int(lines[2 + number].split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number), number


def test_memory_held_per_page_is_only_its_number(tmp_path):
    import tracemalloc

    def held_after(pages: int) -> int:
        with (tmp_path / f"{pages}.pdf").open("wb") as file:
            _register_fonts()
            canvas = StreamingCanvas(file, pagesize=A4, pageCompression=1)
            canvas.setFont(FONT, 10)
            tracemalloc.start()
            for n in range(pages):
                for line in range(60):
                    canvas.drawString(40, 800 - 12 * line, f"{NAMES[line % 4]} {n} {line}")
                canvas.showPage()
            held = tracemalloc.get_traced_memory()[0]
            tracemalloc.stop()
            canvas.save()
        return held

    few, many = held_after(20), held_after(220)
    assert many - few < 200 * 64, f"{few} bytes after 20 pages, {many} after 220"
