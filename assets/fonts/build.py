#!/usr/bin/python3
"""Builds the two fonts the app embeds, TafsiriScripts-Regular.otf and
TafsiriScripts-Bold.otf, from Debian's Noto packages:

    apt-get install -y fonts-noto-core fonts-noto-cjk python3-fonttools
    /usr/bin/python3 assets/fonts/build.py

Why one merged font and not one font per script: Fyne 2.7 measures text with
the app theme's font (painter.RenderedTextSize passes no widget, so a
container.ThemeOverride font is used to draw but not to measure, and text
textures are cached by string, not by theme). A per-language override font
therefore draws text clipped, truncated or in the wrong font. The app theme
has one font slot per style, so every script goes into that one font.

Why Latin is in it too: Fyne splits a line into runs by font, and lays the
runs of a right-to-left stretch out in logical order; a bracket or a dash
from another font inside Arabic text would land on the wrong side. With
every character the app shows in one font, a line is never split by font.

Noto Sans comes first, so Latin, Greek and Cyrillic letters, digits and
punctuation keep Fyne's look (for a code point several fonts have, only the
first one's glyph is kept). The CJK part is Noto Sans CJK SC cut to GB 2312 (6763
hanzi and its symbols). All outlines are stored as CFF (see to_cff),
without subroutines (compreffor had not finished after half an hour on
22,000 glyphs). Hinting is dropped: Fyne's rasteriser
ignores it.
"""
import os
import sys
import tempfile

from fontTools import subset
from fontTools.merge import Merger
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTCollection, TTFont, newTable

NOTO = "/usr/share/fonts/truetype/noto"
CJK = "/usr/share/fonts/opentype/noto"
HERE = os.path.dirname(os.path.abspath(__file__))

# Fonts in merge order: for a code point several fonts have (digits,
# punctuation, dandas, the dotted circle), the first one's glyph is kept.
SCRIPTS = ["NotoSans", "NotoSansArabic", "NotoSansDevanagari", "NotoSansBengali", "NotoSansTamil",
           "NotoSansEthiopic", "NotoSansMyanmar", "NotoSansKhmer"]
CJK_INDEX = 2  # Noto Sans CJK SC inside NotoSansCJK-*.ttc

# Vertical metrics of the merged font, in font units (1000 per em). Fyne sizes
# a line of text, and the texture it draws it into, by the metrics of the
# font that has the space, which is this one: anything outside is cut off.
# Noto Sans has 1069/-293; Arabic, Khmer and Myanmar descend to about -500
# and Devanagari and Arabic marks rise to about 1100 (assets/fonts/README.md).
ASCENT, DESCENT = 1100, -500


def cjk_unicodes():
    """GB 2312 (every code point it encodes) and the CJK punctuation blocks."""
    cps = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    for lo, hi in [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0xFE30, 0xFE4F), (0x3100, 0x312F)]:
        cps.update(range(lo, hi + 1))
    return cps


def subset_font(font, unicodes):
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.hinting = False
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.drop_tables += ["DSIG", "vhea", "vmtx", "VORG"]
    s = subset.Subsetter(opts)
    s.populate(unicodes=unicodes)
    s.subset(font)


def to_cff(font):
    """Replaces font's outlines (TrueType, or CID-keyed CFF) with name-keyed
    CFF ones, drawn glyph by glyph: exact for both (a quadratic curve is a
    cubic one). CFF because go-text, Fyne's font engine, decodes CFF glyphs
    when they are drawn but parses every TrueType glyph when the font is
    loaded, which Fyne does for every theme scope: three times slower, and
    four times the memory, for this many glyphs."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    metrics = font["hmtx"].metrics
    charstrings = {}
    for name in order:
        pen = T2CharStringPen(metrics[name][0], glyph_set)
        glyph_set[name].draw(pen)
        charstrings[name] = pen.getCharString()
    for tag in ["glyf", "loca", "CFF ", "fpgm", "prep", "cvt ", "gasp"]:
        if tag in font:
            del font[tag]
    fb = FontBuilder(font=font)
    fb.isTTF = False
    ps = font["name"].getDebugName(6) or "Font"
    fb.setupCFF(ps, {"FullName": ps}, charstrings, {})
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00005000
    maxp.numGlyphs = len(order)
    font["post"].formatType = 3.0
    font.sfntVersion = "OTTO"


def cjk_font(weight, tmp, covered):
    ttc = TTCollection(os.path.join(CJK, "NotoSansCJK-%s.ttc" % weight))
    font = ttc.fonts[CJK_INDEX]
    subset_font(font, cjk_unicodes() - covered)
    to_cff(font)
    path = os.path.join(tmp, "cjk-%s.otf" % weight)
    font.save(path)
    return path


def script_font(name, weight, tmp, covered):
    """The font cut to the code points no earlier font has: the merger would
    otherwise keep both glyphs and add 'locl' lookups that pick the later
    font's glyph for each script that font declares (Noto Sans CJK declares
    Latin, so "l’eau" got a full-width apostrophe)."""
    font = TTFont(os.path.join(NOTO, "%s-%s.ttf" % (name, weight)))
    keep = set(font.getBestCmap().keys()) - covered
    subset_font(font, keep)
    path = os.path.join(tmp, "%s-%s.ttf" % (name, weight))
    font.save(path)
    return path, keep


def build(weight):
    with tempfile.TemporaryDirectory() as tmp:
        paths, covered = [], set()
        for name in SCRIPTS:
            path, keep = script_font(name, weight, tmp, covered)
            paths.append(path)
            covered |= keep
        cjk = cjk_font(weight, tmp, covered)
        notices = copyrights(paths + [cjk])
        write_licence(notices)
        scripts = Merger().merge(paths)
        to_cff(scripts)
        scripts_path = os.path.join(tmp, "scripts.otf")
        scripts.save(scripts_path)
        merged = Merger().merge([scripts_path, cjk])
    keep = set(merged.getBestCmap().keys())
    set_metrics(merged)
    set_names(merged, weight, notices)
    out = os.path.join(HERE, "TafsiriScripts-%s.otf" % weight)
    merged.save(out)
    print(out, os.path.getsize(out), "bytes,", len(merged.getGlyphOrder()), "glyphs,",
          len(keep), "code points")


def set_metrics(font):
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = ASCENT, DESCENT, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ASCENT, DESCENT, 0
    os2.usWinAscent, os2.usWinDescent = ASCENT, -DESCENT


def write_licence(notices):
    """Writes OFL.txt: the source fonts' copyright notices and the licence,
    taken from Debian's copyright file of fonts-noto-core."""
    with open("/usr/share/doc/fonts-noto-core/copyright") as f:
        src = f.read().split("\n")
    start = next(i for i, line in enumerate(src)
                 if line == "License: OFL-1.1" and src[i + 1].startswith(" ")) + 1
    body = []
    for line in src[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    text = "\n".join(notices) + "\n\nSIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n\n"
    with open(os.path.join(HERE, "OFL.txt"), "w") as f:
        f.write(text + "\n".join(body) + "\n")


def copyrights(paths):
    """The copyright notices of the source fonts, each once, in order."""
    seen = []
    for p in paths:
        notice = TTFont(p)["name"].getDebugName(0)
        if notice and notice not in seen:
            seen.append(notice)
    return seen


def set_names(font, weight, notices):
    """A modified font gets its own name (SIL OFL 1.1, condition 3) and keeps
    every source font's copyright notice (condition 2)."""
    family = "Tafsiri Scripts"
    full = "%s %s" % (family, weight)
    ps = "TafsiriScripts-%s" % weight
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (0, 1, 3, 4, 6, 16, 17, 21, 22):
            names.removeNames(nameID=rec.nameID)
    for nid, value in [(0, " ".join(notices)), (1, family), (2, weight), (3, ps), (4, full), (6, ps)]:
        names.setName(value, nid, 3, 1, 0x409)
    names.setName("Merged from Noto Sans, Noto Sans Arabic, Devanagari, Bengali, Tamil, "
                  "Ethiopic, Myanmar, Khmer and Noto Sans CJK SC (GB 2312 subset) "
                  "by assets/fonts/build.py", 10, 3, 1, 0x409)


if __name__ == "__main__":
    for w in sys.argv[1:] or ["Regular", "Bold"]:
        build(w)
