#!/usr/bin/env python3
"""Words recovered from Beamer decks, against the words of their LaTeX sources.

usage: slides-recall.py EXTRACTED.txt SOURCE.tex [SOURCE.tex...]  (a scanned page's words are in a source of their own)
Prints: source-words found missing-words (distinct words, folded as search folds them: lower case, no diacritics).
The sources are the small decks of tests/Fixtures/slides: frame titles and bodies in plain text with TeX accents,
which this reads without a TeX engine.
"""
import re
import sys
import unicodedata

ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "c": "\u0327", "v": "\u030c"}


def detex(source: str) -> str:
    body = source.split("\\begin{document}", 1)[1].split("\\end{document}", 1)[0]
    body = re.sub(r"(?m)%.*$", "", body)
    body = re.sub(r"\\includegraphics(\[[^\]]*\])?\{[^}]*\}", " ", body)
    body = body.replace("\\i", "i")
    body = re.sub(r"\\([\'`^\"~cv])\{?([A-Za-z])\}?", lambda m: m.group(2) + ACCENTS[m.group(1)], body)
    body = re.sub(r"\\(begin|end)\{[^}]*\}(\[[^\]]*\])?", " ", body)
    body = re.sub(r"\\[A-Za-z]+", " ", body)
    return unicodedata.normalize("NFC", body.replace("{", " ").replace("}", " "))


def words(text: str) -> set:
    folded = set()
    for word in re.findall(r"[^\W_]+", text):
        decomposed = unicodedata.normalize("NFD", word)
        folded.add("".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower())
    return folded


source = set().union(*(words(detex(open(path, encoding="utf-8").read())) for path in sys.argv[2:]))
extracted = words(unicodedata.normalize("NFC", open(sys.argv[1], encoding="utf-8", errors="replace").read()))
missing = sorted(source - extracted)
print(len(source), len(source) - len(missing), " ".join(missing))
