"""Proofs for the community reviewers: one HTML page per language, each resident-facing string
beside its English, with where the resident meets it, its plural forms and its review state, and
the language's glossary first.

    python -m desk.ui.proof [--out FOLDER] [CODE ...]

writes FOLDER/proof_<code>.html (FOLDER is build/proofs by default). A reviewer reads the page,
and the translator marks each string checked in Qt Linguist (or removes its type="unfinished"),
which is what `desk doctor` counts.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Sequence
from html import escape
from pathlib import Path

from desk.services import languages
from desk.ui.resident import WHERE, Message, resident_messages

STYLE = """
body { font-family: 'Noto Sans', 'Atkinson Hyperlegible', sans-serif; margin: 2em; color: #1a1a1a }
table { border-collapse: collapse; width: 100% }
th, td { border: 1px solid #9aa5ab; padding: .4em .6em; vertical-align: top; text-align: start }
th { background: #eef3f5 }
.unfinished { background: #fff4d6 }
.state { white-space: nowrap; font-size: .9em }
.context { font-size: .85em; color: #44525a }
"""


def _glossary(folder: Path, code: str) -> list[tuple[str, str, str, str]]:
    path = folder / f"glossary_{code}.toml"
    if not path.exists():
        return []
    terms = tomllib.loads(path.read_text(encoding="utf-8")).get("terms", {})
    return [
        (
            english,
            str(entry.get("translation", "")),
            str(entry.get("state", "")),
            str(entry.get("note", "")),
        )
        for english, entry in terms.items()
    ]


def _forms(message: Message, lang: str, direction: str) -> str:
    if not message.translated:
        return "<em>not translated: the resident sees the English</em>"
    labels = [f"form {n + 1}: " if message.numerus else "" for n in range(len(message.forms))]
    return "<br>".join(
        f'{label}<span lang="{lang}" dir="{direction}">{escape(form)}</span>'
        for label, form in zip(labels, message.forms, strict=True)
    )


def proof_html(code: str, folder: Path | None = None) -> str:
    """The proof page of one language."""
    folder = folder or languages.translations_folder()
    known = languages.languages(folder)[code]
    direction = "rtl" if known.right_to_left else "ltr"
    messages = resident_messages(folder / f"desk_{code}.ts")
    reviewed = sum(1 for m in messages if m.translated and not m.unfinished)
    rows = []
    for m in messages:
        state = "reviewed" if m.translated and not m.unfinished else "unfinished: to check"
        where = WHERE.get(m.context, m.context)
        rows.append(
            f'<tr class="{"" if state == "reviewed" else "unfinished"}">'
            f'<td class="context">{escape(where)}<br><code>{escape(m.context)}</code></td>'
            f'<td lang="en" dir="ltr">{escape(m.source)}</td>'
            f"<td>{_forms(m, code, direction)}</td>"
            f'<td class="state">{state}</td></tr>'
        )
    glossary = "".join(
        f'<tr><td lang="en">{escape(en)}</td><td lang="{code}" dir="{direction}">{escape(tr)}</td>'
        f"<td>{escape(state)}</td><td>{escape(note)}</td></tr>"
        for en, tr, state, note in _glossary(folder, code)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Station Desk: {escape(known.english)} translation proof</title><style>{STYLE}</style></head>
<body>
<h1>{escape(known.english)}
(<span lang="{code}" dir="{direction}">{escape(known.native)}</span>)</h1>
<p>Reviewer: {escape(known.reviewer)}. {reviewed} of {len(messages)} strings reviewed.
These translations are machine-assisted: each stays marked unfinished until you have checked
it. Check that each one says what the English says, in plain and short words; that the values in
braces (such as <code>{{reference}}</code>) and <code>%n</code> are kept as they are; and that
each plural form fits its numbers.</p>
<h2>The council's terms</h2>
<table><tr><th>English</th><th>{escape(known.english)}</th><th>State</th><th>Note</th></tr>
{glossary}</table>
<h2>What residents read</h2>
<table><tr><th>Where</th><th>English</th><th>{escape(known.english)}</th><th>State</th></tr>
{"".join(rows)}</table>
</body></html>
"""


def write_proofs(out: Path, codes: Sequence[str] = ()) -> list[Path]:
    """Write the proof of each language (every listed one when `codes` is empty)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for code in codes or list(languages.languages()):
        path = out / f"proof_{code}.html"
        path.write_text(proof_html(code), encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the translation proofs for reviewers.")
    parser.add_argument("codes", nargs="*", help="languages (all when none is given)")
    parser.add_argument("--out", type=Path, default=Path("build/proofs"))
    args = parser.parse_args(argv)
    for path in write_proofs(args.out, args.codes):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
