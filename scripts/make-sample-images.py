#!/usr/bin/env python3
"""Draws the illustrations of the bundled sample course (templates/starters/sample/assets).

Each picture is a small hand-written SVG rendered to PNG with ImageMagick's `convert`
(apt-get install imagemagick). The PNGs are committed, so this only runs when a picture
changes; afterwards run scripts/build-sample-course.py to refresh hashes in course.json.
"""

import pathlib
import subprocess
import sys
import tempfile

OUT = pathlib.Path(__file__).resolve().parent.parent / "templates" / "starters" / "sample" / "assets"
FONT = "DejaVu Sans"
INK = "#1d2733"
MUTED = "#5b6b7c"
BLUE = "#2360c4"
TEAL = "#0f7b6c"
AMBER = "#b86e00"
RED = "#b3362c"
PALE = "#f4f6f9"


def text(x, y, s, size=18, fill=INK, weight="normal", anchor="middle", style="normal"):
    s = s.replace("&", "&amp;").replace("<", "&lt;")
    return (f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}" font-weight="{weight}" '
            f'font-style="{style}" fill="{fill}" stroke="none" text-anchor="{anchor}">{s}</text>')


def rect(x, y, w, h, fill, rx=14, stroke="none", sw=0):
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" fill="{fill}" stroke="{stroke}" stroke-width="{sw}"/>'


def arrow(x1, y1, x2, y2, color=MUTED, width=4):
    # A straight shaft with a triangular head at (x2, y2); only horizontal or vertical arrows.
    if y1 == y2:
        d = 1 if x2 > x1 else -1
        head = f"{x2},{y2} {x2 - 16 * d},{y2 - 9} {x2 - 16 * d},{y2 + 9}"
        shaft = (x1, y1, x2 - 14 * d, y2)
    else:
        d = 1 if y2 > y1 else -1
        head = f"{x2},{y2} {x2 - 9},{y2 - 16 * d} {x2 + 9},{y2 - 16 * d}"
        shaft = (x1, y1, x2, y2 - 14 * d)
    return (f'<line x1="{shaft[0]}" y1="{shaft[1]}" x2="{shaft[2]}" y2="{shaft[3]}" stroke="{color}" '
            f'stroke-width="{width}"/><polygon points="{head}" fill="{color}" stroke="none"/>')


def svg(width, height, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
            f'<rect width="{width}" height="{height}" fill="#ffffff" stroke="none"/>{"".join(body)}</svg>')


def sbi_model():
    body = [text(480, 46, "The SBI model", 28, weight="bold")]
    boxes = [
        (BLUE, "S", "Situation", "When and where?", "\u201cIn Tuesday\u2019s client call\u2026\u201d"),
        (TEAL, "B", "Behavior", "What did you see or hear?", "\u201c\u2026you interrupted Ana twice\u2026\u201d"),
        (AMBER, "I", "Impact", "What was the effect?", "\u201c\u2026and she stopped sharing ideas.\u201d"),
    ]
    for i, (color, letter, title, question, example) in enumerate(boxes):
        x = 30 + i * 310
        body.append(rect(x, 80, 280, 190, color))
        body.append(f'<circle cx="{x + 48}" cy="{128}" r="30" fill="#ffffff" stroke="none"/>')
        body.append(text(x + 48, 139, letter, 32, fill=color, weight="bold"))
        body.append(text(x + 92, 138, title, 28, fill="#ffffff", weight="bold", anchor="start"))
        body.append(text(x + 140, 200, question, 19, fill="#ffffff"))
        body.append(text(x + 140, 310, example, 16, fill=MUTED, style="italic"))
        if i < 2:
            body.append(arrow(x + 284, 175, x + 306, 175, INK, 4))
    body.append(text(480, 352, "Facts first, then the effect: no labels, no guesses about intent.", 17, fill=INK))
    return svg(960, 380, body)


def feedback_timing():
    body = [text(480, 44, "When to give feedback", 28, weight="bold")]
    body.append(f'<line x1="60" y1="170" x2="900" y2="170" stroke="{INK}" stroke-width="4"/>')
    body.append(f'<polygon points="916,170 898,160 898,180" fill="{INK}" stroke="none"/>')
    body.append(f'<circle cx="80" cy="170" r="14" fill="{INK}" stroke="none"/>')
    body.append(text(80, 214, "It happens", 17, weight="bold"))
    zones = [
        (110, 220, "#f6dcd9", RED, "Right away, upset", "Emotions run high"),
        (340, 280, "#d6efe9", TEAL, "Within a day or two", "Calm, details still fresh"),
        (630, 260, "#e8ebef", MUTED, "Weeks later", "Details fade, feels like an ambush"),
    ]
    for x, w, fill, ink, title, note in zones:
        body.append(rect(x, 110, w, 44, fill, rx=10))
        body.append(text(x + w / 2, 139, title, 18, fill=ink, weight="bold"))
        body.append(text(x + w / 2, 214, note, 16, fill=ink))
    body.append(text(480, 268, "Aim for the green zone: soon enough to be specific, late enough to be calm.", 17))
    return svg(960, 300, body)


def follow_up_loop():
    body = [text(480, 44, "Feedback is a loop, not an event", 28, weight="bold")]
    steps = [
        (80, BLUE, "1  Observe", "Note the facts"),
        (300, TEAL, "2  Talk (SBI)", "Share, then ask"),
        (520, AMBER, "3  Agree", "One next step"),
        (740, "#6a4fb3", "4  Follow up", "Check in, recognize"),
    ]
    for x, color, title, note in steps:
        body.append(rect(x, 90, 180, 110, color))
        body.append(text(x + 90, 136, title, 20, fill="#ffffff", weight="bold"))
        body.append(text(x + 90, 170, note, 16, fill="#ffffff"))
    for x in (262, 482, 702):
        body.append(arrow(x, 145, x + 36, 145, INK, 4))
    # The return path from follow-up back to observing closes the loop.
    body.append(f'<polyline points="830,204 830,250 170,250 170,222" fill="none" stroke="{MUTED}" '
                f'stroke-width="4" stroke-dasharray="10,8"/>')
    body.append(f'<polygon points="170,204 161,222 179,222" fill="{MUTED}" stroke="none"/>')
    body.append(text(500, 280, "What you see at follow-up is the starting point of the next conversation.", 17,
                     fill=MUTED))
    return svg(960, 300, body)


def person(cx, base, color):
    return (f'<circle cx="{cx}" cy="{base - 150}" r="34" fill="{color}" stroke="none"/>'
            f'<path d="M{cx - 62} {base} Q{cx - 60} {base - 104} {cx} {base - 106} '
            f'Q{cx + 60} {base - 104} {cx + 62} {base} Z" fill="{color}" stroke="none"/>')


def scenario_scene():
    body = [rect(0, 0, 960, 360, PALE, rx=0)]
    body.append(rect(620, 40, 150, 130, "#ffffff", rx=10, stroke="#c7cfd8", sw=2))
    body.append(rect(620, 40, 150, 38, RED, rx=10))
    body.append(text(695, 68, "DUE", 20, fill="#ffffff", weight="bold"))
    body.append(text(695, 126, "Tue", 34, fill=INK, weight="bold"))
    body.append(text(695, 156, "12:00", 18, fill=MUTED))
    body.append(f'<line x1="640" y1="92" x2="750" y2="160" stroke="{RED}" stroke-width="5"/>')
    body.append(person(300, 330, "#44617f"))
    body.append(person(560, 330, "#8a5a44"))
    body.append(text(300, 280, "Jordan", 20, fill="#ffffff", weight="bold"))
    body.append(text(560, 280, "You", 20, fill="#ffffff", weight="bold"))
    body.append(rect(150, 300, 560, 40, "#c9b79c", rx=6))
    body.append(rect(90, 60, 330, 70, "#ffffff", rx=18, stroke="#c7cfd8", sw=2))
    body.append(f'<polygon points="282,129 304,129 296,146" fill="#ffffff" stroke="none"/>')
    body.append(text(255, 104, "Got a minute?", 24, weight="bold"))
    body.append(text(820, 250, "Friday, 9:15", 20, fill=MUTED, anchor="middle"))
    return svg(960, 360, body)


IMAGES = {
    "sbi-model.png": sbi_model,
    "feedback-timing.png": feedback_timing,
    "follow-up-loop.png": follow_up_loop,
    "missed-deadline.png": scenario_scene,
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, draw in IMAGES.items():
            source = pathlib.Path(tmp) / (name + ".svg")
            source.write_text(draw(), encoding="utf-8")
            target = OUT / name
            # -strip and no timestamps: the same drawing gives the same bytes, so the same hash.
            subprocess.run(["convert", "-density", "96", str(source), "-strip", "-depth", "8",
                            "-define", "png:exclude-chunks=date,time", "+dither", "-colors", "64", "PNG8:" + str(target)],
                           check=True)
            print(f"{target} {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
