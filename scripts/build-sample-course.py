#!/usr/bin/env python3
"""Builds templates/starters/sample/course.json, the bundled sample course, from the readable
description below.

Output is canonical JSON exactly as CourseJson::write produces it (sorted keys, every property
present, Qt's indentation), so `coursewright-cli dump` of a new sample course matches this file
and tests/core/tst_starters.cpp can check that it is canonical. Node ids are fixed (UUID v5 of a
readable key): Starters::create gives every node a fresh id anyway.

Run after editing the content or the pictures (scripts/make-sample-images.py):
    python3 scripts/build-sample-course.py
It prints the duration estimate, computed like core/model/durationestimate.cpp.
"""

import hashlib
import html
import pathlib
import re
import struct
import sys
import uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "templates" / "starters" / "sample"
NAMESPACE = uuid.UUID("6f1d9c52-3b7e-4c1a-9a55-0d3c2e8b7f41")

# Schema defaults, mirroring core/model/schema.cpp for the kinds the sample uses. If the schema
# changes, update this table and rerun; tst_starters fails while course.json is not canonical.
DEFAULTS = {
    "course": {"title": "Untitled course", "description": "", "language": "en", "author": "",
               "version": "1.0", "identifier": "", "completion": ["pages", "quizzes", "scenarios"],
               "passingScore": 80, "readingWordsPerMinute": 200, "secondsPerQuestion": 45,
               "themeColor": "#1f5f99", "font": "system", "logo": "", "logoAlt": "",
               "navigation": "free", "exportSettings": {}},
    "module": {"title": "Untitled module", "description": "", "ownCompletion": False,
               "completion": ["pages", "quizzes", "scenarios"]},
    "page": {"title": "Untitled page"},
    "quiz": {"title": "Knowledge check", "intro": "", "passingScore": 80, "attempts": 0,
             "shuffleQuestions": False, "shuffleChoices": False, "drawCount": 0,
             "feedbackTiming": "immediate", "allowReview": True},
    "scenario": {"title": "Untitled scenario", "intro": "", "start": "", "passingScore": 0},
    "heading": {"text": "Heading", "level": 2},
    "text": {"html": ""},
    "image": {"asset": "", "alt": "", "decorative": False, "caption": ""},
    "callout": {"style": "info", "title": "", "html": ""},
    "accordion": {"title": ""},
    "tabs": {"title": ""},
    "panel": {"title": "Section", "html": ""},
    "quote": {"text": "", "attribution": ""},
    "divider": {},
    "singleChoice": {"prompt": "", "points": 1, "correctFeedback": "", "incorrectFeedback": ""},
    "multipleResponse": {"prompt": "", "points": 1, "correctFeedback": "", "incorrectFeedback": ""},
    "trueFalse": {"prompt": "", "points": 1, "correctFeedback": "", "incorrectFeedback": "",
                  "answer": True},
    "fillBlank": {"prompt": "", "points": 1, "correctFeedback": "", "incorrectFeedback": "",
                  "accepted": [], "caseSensitive": False},
    "matching": {"prompt": "", "points": 1, "correctFeedback": "", "incorrectFeedback": ""},
    "sequencing": {"prompt": "", "points": 1, "correctFeedback": "", "incorrectFeedback": ""},
    "choice": {"text": "Choice", "correct": False, "feedback": ""},
    "matchPair": {"prompt": "", "match": ""},
    "sequenceItem": {"text": ""},
    "variable": {"name": "score", "type": "number", "initial": 0},
    "scenarioNode": {"nodeType": "content", "title": "Untitled step", "html": "", "image": "",
                     "imageAlt": "", "outcome": "neutral", "feedback": ""},
    "scenarioChoice": {"text": "Continue", "target": "", "condition": "", "effects": "", "score": 0,
                       "feedback": ""},
}

# Properties the duration estimate reads (translatable text), minus alternatives and hidden text.
WORD_KEYS = {"title", "description", "intro", "text", "html", "caption", "attribution", "prompt",
             "correctFeedback", "incorrectFeedback", "feedback", "match"}


def nid(key):
    return str(uuid.uuid5(NAMESPACE, key))


def node(kind, key, children=(), **props):
    unknown = set(props) - set(DEFAULTS[kind])
    if unknown:
        raise SystemExit(f"{key}: a {kind} has no properties {sorted(unknown)}")
    full = dict(DEFAULTS[kind])
    full.update(props)
    result = {"id": nid(key), "kind": kind, "props": full}
    if children:
        result["children"] = list(children)
    return result


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


ASSETS = {}


def asset(name):
    """Registers assets/<name> and returns its hash, the value an asset property holds."""
    data = (SAMPLE / "assets" / name).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    width, height = png_size(data)
    ASSETS[digest] = {"hash": digest, "name": name, "mimeType": "image/png", "size": len(data),
                      "width": width, "height": height}
    return digest


# ---------------------------------------------------------------------------------------------
# Content. American English, one idea per block; curly quotes so rich text needs no escaping.

def page_why():
    return node("page", "page-why", title="Why feedback goes wrong", children=[
        node("text", "why-intro", html=(
            "<p>Most of us want feedback, yet few of us enjoy giving it. When we finally do, it comes "
            "out as a vague verdict (“You need to be more proactive”) or gets so cushioned that the "
            "message disappears.</p>"
            "<p>Constructive feedback describes what happened and what it caused, so the other person "
            "can decide what to do next. It is information, not a judgment of who someone is.</p>")),
        node("heading", "why-goals-heading", text="In this module you will", level=2),
        node("text", "why-goals", html=(
            "<ul><li>Describe an issue with the <strong>Situation–Behavior–Impact</strong> (SBI) model</li>"
            "<li>Choose a good moment and place</li>"
            "<li>Turn feedback into a conversation by asking, not telling</li>"
            "<li>Handle difficult reactions and follow up</li></ul>")),
        node("quote", "why-quote",
             text="We all need people who will give us feedback. That’s how we improve.",
             attribution="Bill Gates, TED Talks Education, 2013"),
        node("callout", "why-positive", style="tip", title="Praise deserves the same care", html=(
            "<p>Everything here applies to positive feedback too. “Great job” is pleasant; “Your "
            "one-page summary let the client approve in five minutes” tells people what to "
            "repeat.</p>")),
    ])


def page_sbi():
    return node("page", "page-sbi", title="The SBI model", children=[
        node("text", "sbi-intro", html=(
            "<p>The Situation–Behavior–Impact model, developed by the Center for Creative Leadership, "
            "gives feedback a simple structure: three short parts, each grounded in something you "
            "observed.</p>")),
        node("image", "sbi-image", asset=asset("sbi-model.png"),
             alt=("Diagram of the SBI model: three boxes in a row. Situation asks when and where; "
                  "Behavior asks what you saw or heard; Impact asks what the effect was."),
             caption="Situation, Behavior, Impact: facts first, then the effect."),
        node("tabs", "sbi-tabs", title="The three parts", children=[
            node("panel", "sbi-tab-s", title="Situation", html=(
                "<p>Anchor the feedback in one moment: <em>“In this morning’s stand-up…”</em> or "
                "<em>“In the proposal you sent on Friday…”</em></p>"
                "<p>Avoid “always” and “never”. One concrete moment is hard to dispute; a "
                "generalization invites a debate about exceptions.</p>")),
            node("panel", "sbi-tab-b", title="Behavior", html=(
                "<p>Describe what a camera would have recorded: words, actions, numbers. <em>“You "
                "presented the budget without the Q3 figures”</em> is observable. <em>“You were "
                "careless”</em> is a conclusion about character.</p>"
                "<p>A quick test: would two people who were there agree that it happened?</p>")),
            node("panel", "sbi-tab-i", title="Impact", html=(
                "<p>Say what the behavior caused for you, the team, a customer or the work: <em>“…and "
                "the client asked us to redo the forecast.”</em></p>"
                "<p>Speak for yourself (“I was worried that…”) instead of guessing at intentions.</p>")),
        ]),
        node("callout", "sbi-warning", style="warning", title="Behavior, not personality", html=(
            "<p>“You’re disorganized” describes a person, and people defend themselves. “The handover "
            "notes were missing the client contacts” describes an action, and actions can change.</p>")),
        node("heading", "sbi-example-heading", text="All three together", level=2),
        node("text", "sbi-example", html=(
            "<blockquote><p>“In yesterday’s design review, you cut Priya off twice while she was "
            "explaining the test results. She didn’t finish, and we approved the layout without "
            "seeing her data.”</p></blockquote>")),
    ])


def page_timing():
    return node("page", "page-timing", title="Choosing the moment", children=[
        node("image", "timing-image", asset=asset("feedback-timing.png"),
             alt=("Timeline from the moment something happens. Right away while upset: emotions run "
                  "high. Within a day or two: calm, details still fresh, the best time. Weeks later: "
                  "details fade and it feels like an ambush."),
             caption="Soon enough to be specific, late enough to be calm."),
        node("text", "timing-text", html=(
            "<p>Feedback loses value with every day that passes: details blur, and the other person "
            "wonders why you waited. Feedback given in the heat of the moment carries your "
            "frustration with it. Aim for <strong>within a day or two, once you are calm</strong>, "
            "and in <strong>private</strong> for anything corrective.</p>")),
        node("accordion", "timing-faq", title="Common questions", children=[
            node("panel", "timing-faq-review", title="Shouldn’t I save it for the performance review?",
                 html="<p>No. A review summarizes conversations that already happened; nothing in it "
                      "should be a surprise.</p>"),
            node("panel", "timing-faq-annoyed", title="What if I’m still annoyed?",
                 html="<p>Wait until you can state the impact without blaming. Until then, you are "
                      "not ready.</p>"),
            node("panel", "timing-faq-remote", title="We work remotely. Is chat OK?",
                 html="<p>Use a call for corrective feedback: tone gets lost in writing. Confirm what "
                      "you agreed in writing afterward.</p>"),
            node("panel", "timing-faq-small", title="It was a small thing. Should I still say something?",
                 html="<p>Yes. Small and early is easier for everyone than large and late, and a quick, "
                      "specific comment now prevents a pattern you would have to address later.</p>"),
        ]),
        node("callout", "timing-ask", style="tip", title="Ask before you start", html=(
            "<p>“Do you have ten minutes to talk about yesterday’s client call?” gives the other "
            "person a moment to prepare and a say in the timing.</p>")),
    ])


def page_conversation():
    return node("page", "page-conversation", title="Make it a conversation", children=[
        node("text", "conv-intro", html=(
            "<p>SBI puts the facts on the table. What happens next decides whether anything changes. "
            "After you describe the impact, <strong>stop and ask</strong>: you saw one side of the "
            "situation, and the other person knows the rest.</p>")),
        node("heading", "conv-steps-heading", text="Four steps", level=2),
        node("text", "conv-steps", html=(
            "<ol><li><strong>Describe</strong> the situation, behavior and impact, briefly.</li>"
            "<li><strong>Ask</strong> an open question: “How did you see it?”</li>"
            "<li><strong>Listen</strong> to understand, not to rebut, and summarize what you heard.</li>"
            "<li><strong>Agree</strong> on one next step and a date to check in.</li></ol>")),
        node("divider", "conv-divider"),
        node("accordion", "conv-reactions", title="When the reaction is difficult", children=[
            node("panel", "conv-defensive", title="They get defensive",
                 html="<p>Don’t argue. Acknowledge the feeling (“I can see this is frustrating”), then "
                      "return to the behavior and its impact.</p>"),
            node("panel", "conv-quiet", title="They go quiet",
                 html="<p>Silence is often thinking. Wait, ask an open question, and offer to continue "
                      "tomorrow.</p>"),
            node("panel", "conv-back", title="They turn it back on you",
                 html="<p>“You’re late with things too” may be fair. Offer to discuss it separately, "
                      "then return to the topic.</p>"),
            node("panel", "conv-facts", title="They disagree with the facts",
                 html="<p>You may have missed something, so ask. If you still disagree, focus on the "
                      "impact you can both see and on the next step.</p>"),
        ]),
        node("callout", "conv-summarize", style="tip", title="Summarize before you respond", html=(
            "<p>“So the numbers came in late, and you didn’t want to send a half-finished draft. Is "
            "that right?” A summary shows you listened and catches misunderstandings early.</p>")),
    ])


def page_follow_up():
    return node("page", "page-follow-up", title="Follow up", children=[
        node("text", "follow-text", html=(
            "<p>Feedback works when it leads to a change someone notices. Put the check-in in your "
            "calendar and keep it short: “How is the new handover checklist working?”</p>"
            "<p>When you see the change, say so, with SBI again: <em>“In Monday’s handover, the "
            "checklist was complete. I could answer the client on the spot. Thank you.”</em></p>")),
        node("image", "follow-image", asset=asset("follow-up-loop.png"),
             alt=("Four steps in a loop: 1 Observe, note the facts; 2 Talk using SBI, share then ask; "
                  "3 Agree on one next step; 4 Follow up, check in and recognize. A dashed arrow leads "
                  "from follow-up back to observe."),
             caption="Follow-up closes the loop and starts the next conversation."),
        node("callout", "follow-nothing", style="important", title="If nothing changes", html=(
            "<p>Have a second conversation, again with SBI, and name the earlier agreement: “Two weeks "
            "ago we agreed… Since then…” Be clear about what happens if the pattern continues.</p>")),
        node("divider", "follow-divider"),
        node("heading", "follow-checklist-heading", text="Before your next feedback conversation", level=2),
        node("text", "follow-checklist", html=(
            "<ul><li>Can I name the situation?</li>"
            "<li>Am I describing behavior, not personality?</li>"
            "<li>Do I know the impact?</li>"
            "<li>Am I calm, and is the setting private?</li>"
            "<li>What will I ask after I speak?</li>"
            "<li>When will I follow up?</li></ul>")),
    ])


def scenario():
    def step(key, title, text, choices=(), **props):
        return node("scenarioNode", key, title=title, html=text, children=choices, **props)

    def choice(key, text, target, score=0, effects="", condition="", feedback=""):
        return node("scenarioChoice", key, text=text, target=nid(target), score=score, effects=effects,
                    condition=condition, feedback=feedback)

    return node("scenario", "scenario", title="Practice: the missed deadline", start=nid("sc-start"),
                intro=("<p>Jordan owned the first draft of the quarterly client report. Practice the "
                       "feedback conversation. Your choices change how open Jordan is.</p>"),
                children=[
        node("variable", "sc-trust", name="trust", type="number", initial=1),
        step("sc-start", "Friday morning", (
            "<p>The draft was due Tuesday at noon. Jordan sent it Thursday afternoon without warning, "
            "and you had to ask the client for an extension. Now Jordan stops by your desk, with two "
            "teammates nearby: “Got a minute?”</p>"),
            nodeType="decision", image=asset("missed-deadline.png"),
            imageAlt=("Jordan stands by your desk and asks “Got a minute?”. A calendar shows the "
                      "Tuesday noon deadline crossed out."),
            choices=[
                choice("sc-start-private", "“Sure. Could we take ten minutes in the meeting room? I’d "
                       "like to talk about the report.”", "sc-room", score=10, effects="trust += 1",
                       feedback="Asking first and moving somewhere private keeps the focus on the issue."),
                choice("sc-start-public", "“Sure. And while you’re here: the report was two days late. "
                       "That can’t happen again.”", "sc-defensive", effects="trust -= 1",
                       feedback="Correcting Jordan in front of teammates invites defensiveness."),
            ]),
        step("sc-room", "In the meeting room", "<p>Jordan sits down and waits. How do you open?</p>",
             nodeType="decision", choices=[
                choice("sc-room-sbi", "“On Tuesday the draft was due at noon. It arrived Thursday, and "
                       "I heard nothing before then. I had to ask the client for an extension.”",
                       "sc-explains", score=10, effects="trust += 1",
                       feedback="Situation, behavior, impact: specific and hard to dispute."),
                choice("sc-room-judge", "“I need you to be more reliable. This keeps happening.”",
                       "sc-defensive", score=-5, effects="trust -= 1",
                       feedback="A judgment and a generalization: Jordan will debate them."),
            ]),
        step("sc-defensive", "Jordan pushes back", (
            "<p>Jordan crosses their arms. “Everyone’s overloaded. And you’re not exactly on time "
            "with everything either.”</p>"), nodeType="decision", choices=[
                choice("sc-defensive-reset", "“That may be fair; let’s talk about it separately. Could "
                       "we sit down and start over?”", "sc-room",
                       feedback="Acknowledging without arguing lowers the temperature."),
                choice("sc-defensive-argue", "“This isn’t about me. The report was late.”", "sc-closed",
                       score=-5, effects="trust -= 1",
                       feedback="Arguing back turns the conversation into a contest."),
            ]),
        step("sc-explains", "Jordan explains", (
            "<p>“I was waiting on numbers from Finance. I didn’t want to send something incomplete, "
            "and then it was Thursday.”</p>"), nodeType="decision", choices=[
                choice("sc-explains-ask", "“What made it hard to tell me on Tuesday?”", "sc-agree",
                       score=10, effects="trust += 1", feedback="An open question finds the real obstacle."),
                choice("sc-explains-tell", "“Next time, just send what you have on time.”", "sc-agree",
                       feedback="Reasonable, but you missed what got in the way."),
            ]),
        step("sc-agree", "Next steps", "<p>The next report is due in four weeks. How do you close?</p>",
             nodeType="decision", choices=[
                choice("sc-agree-plan", "“If a deadline is at risk, message me as soon as you know. "
                       "I’ll check in Wednesday. Does that work?”", "sc-pass", score=10,
                       condition="trust >= 3", feedback="One concrete step, with a follow-up date."),
                choice("sc-agree-repair", "“I came in harder than I meant to. What would help you flag "
                       "problems earlier?”", "sc-opens", condition="trust < 3", effects="trust += 2",
                       feedback="Repairing the tone makes an agreement possible."),
                choice("sc-agree-order", "“Just be on time from now on, okay?”", "sc-closed", score=-5,
                       feedback="An order gets compliance, not commitment."),
            ]),
        step("sc-opens", "Jordan opens up", (
            "<p>Jordan relaxes. “Honestly? I thought telling you it was late would look worse than "
            "just finishing it.”</p>"), choices=[
                choice("sc-opens-continue", "Agree on next steps", "sc-agree"),
            ]),
        step("sc-pass", "A plan you both own", (
            "<p>Jordan agrees. Three weeks later a message arrives: “Finance is late again; draft "
            "might slip a day.” You warn the client early.</p>"),
            nodeType="ending", outcome="pass", feedback=(
                "<p>You raised the issue privately, used SBI, asked before telling and agreed on a step "
                "with a follow-up.</p>")),
        step("sc-closed", "“Fine. Got it.”", (
            "<p>Jordan leaves. The next report is on time, but Jordan never mentions delays again, and "
            "a problem surfaces the day before launch.</p>"),
            nodeType="ending", outcome="fail", feedback=(
                "<p>The deadline was discussed, but not what caused it, so nothing changes. Try again: "
                "keep it private, open with SBI, ask before you tell and agree on a step together.</p>")),
    ])


def quiz():
    def choice(key, text, correct=False, feedback=""):
        return node("choice", key, text=text, correct=correct, feedback=feedback)

    return node("quiz", "quiz", title="Knowledge check", passingScore=80, intro=(
        "<p>Six questions. You need 80% to pass, and you can try again.</p>"), children=[
        node("singleChoice", "q-behavior", prompt="<p>Which statement describes <strong>behavior</strong>?</p>",
             correctFeedback="<p>Right: a camera could have recorded it.</p>",
             incorrectFeedback="<p>Look for what a camera could have recorded.</p>", children=[
                choice("q-behavior-a", "You were unprepared for the client call.",
                       feedback="“Unprepared” is a conclusion."),
                choice("q-behavior-b", "You didn’t have the Q3 figures when the client asked.", True,
                       feedback="Observable and specific."),
                choice("q-behavior-c", "You don’t seem to care about this account.",
                       feedback="This guesses at intent."),
                choice("q-behavior-d", "You always leave things to the last minute.",
                       feedback="“Always” invites a debate."),
             ]),
        node("multipleResponse", "q-conditions",
             prompt="<p>Which are good conditions for corrective feedback? Select all that apply.</p>",
             correctFeedback="<p>Correct: private, timely and calm.</p>",
             incorrectFeedback="<p>Not quite. Think private, timely and calm.</p>", children=[
                choice("q-conditions-a", "A private conversation", True,
                       feedback="Privacy lets them respond without an audience."),
                choice("q-conditions-b", "Within a day or two of the event", True,
                       feedback="Details are fresh and emotions have settled."),
                choice("q-conditions-c", "Your annual performance review",
                       feedback="A review should hold no surprises."),
                choice("q-conditions-d", "Right after the incident, while you are upset",
                       feedback="Your frustration colors the message."),
             ]),
        node("trueFalse", "q-listen", answer=False,
             prompt="<p>If you state the situation, behavior and impact clearly, you don’t need the "
                    "other person’s view.</p>",
             correctFeedback="<p>Right. SBI opens the conversation; asking completes it.</p>",
             incorrectFeedback="<p>You saw one side. Ask what was going on for them.</p>"),
        node("fillBlank", "q-impact", accepted=["Impact", "the impact"],
             prompt="<p>SBI stands for Situation, Behavior and ______.</p>",
             correctFeedback="<p>Yes: what the behavior caused.</p>",
             incorrectFeedback="<p>The answer is <em>Impact</em>.</p>"),
        node("matching", "q-match", prompt="<p>Match each part of the feedback to its SBI element.</p>",
             correctFeedback="<p>Well matched.</p>",
             incorrectFeedback="<p>Situation is when, behavior is what, impact is the effect.</p>",
             children=[
                node("matchPair", "q-match-s", prompt="“In Monday’s planning meeting…”", match="Situation"),
                node("matchPair", "q-match-b", prompt="“…you promised the new date without asking QA…”",
                     match="Behavior"),
                node("matchPair", "q-match-i", prompt="“…so QA worked the weekend.”", match="Impact"),
             ]),
        node("sequencing", "q-order", prompt="<p>Put the steps of a feedback conversation in order.</p>",
             correctFeedback="<p>Correct.</p>",
             incorrectFeedback="<p>Describe, ask, listen, agree, then follow up.</p>", children=[
                node("sequenceItem", "q-order-1", text="Describe situation, behavior and impact"),
                node("sequenceItem", "q-order-2", text="Ask how they see it"),
                node("sequenceItem", "q-order-3", text="Listen and summarize"),
                node("sequenceItem", "q-order-4", text="Agree on one next step"),
                node("sequenceItem", "q-order-5", text="Follow up"),
             ]),
    ])


def course():
    module = node("module", "module", title="Giving Constructive Feedback", description=(
        "Use the SBI model, pick the right moment, turn feedback into a conversation and follow up."),
        children=[page_why(), page_sbi(), page_timing(), page_conversation(), page_follow_up(),
                  scenario(), quiz()])
    return node("course", "course", title="Giving Constructive Feedback",
                description=("A 15-minute micro-module: give feedback that is specific, timely and "
                             "heard, then practice it in a short conversation."),
                language="en", author="Coursewright sample", version="1.0", identifier=nid("identifier"),
                passingScore=80, children=[module])


# ---------------------------------------------------------------------------------------------
# Canonical output: the bytes QJsonDocument::toJson(Indented) writes for the same object.

def json_string(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20:
            raise SystemExit(f"control character in {s!r}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def qt_json(value, indent=0):
    pad = "    " * (indent + 1)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return str(int(value))
        return repr(float(value))
    if isinstance(value, str):
        return json_string(value)
    if isinstance(value, list):
        items = [pad + qt_json(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + ("\n" if items else "") + "    " * indent + "]"
    if isinstance(value, dict):
        items = [pad + json_string(k) + ": " + qt_json(value[k], indent + 1) for k in sorted(value)]
        return "{\n" + ",\n".join(items) + ("\n" if items else "") + "    " * indent + "}"
    raise TypeError(value)


# ---------------------------------------------------------------------------------------------
# The duration estimate, as core/model/durationestimate.cpp computes it, to tune the content.

def words(n):
    count = 0
    for key, value in n["props"].items():
        if key not in WORD_KEYS:
            continue
        if "<" in value:
            value = html.unescape(re.sub(r"<[^>]*>", " ", value))
        count += len(value.split())
    return count


def all_words(n):
    return words(n) + sum(all_words(c) for c in n.get("children", []))


def seconds(n):
    own = words(n) * 60 / 200
    kind = n["kind"]
    if kind in ("singleChoice", "multipleResponse", "trueFalse", "fillBlank", "matching", "sequencing"):
        own += 45
    elif kind == "image":
        own += 10
    elif kind == "scenarioNode":
        own += 30 + (10 if n["props"]["image"] else 0)
    children = n.get("children", [])
    if kind != "scenario":
        return own + sum(seconds(c) for c in children)
    steps = {c["id"]: c for c in children if c["kind"] == "scenarioNode"}
    distance = {n["props"]["start"]: 0}
    queue = [n["props"]["start"]]
    for current in queue:
        for ch in steps[current].get("children", []):
            target = ch["props"]["target"]
            if target not in distance:
                distance[target] = distance[current] + 1
                queue.append(target)
    ends = [d + 1 for i, d in distance.items() if steps[i]["props"]["nodeType"] == "ending"]
    average = sum(seconds(steps[i]) for i in distance) / len(distance)
    return own + sum(ends) / len(ends) * average


def main():
    root = course()
    top = {"format": "coursewright-course", "formatVersion": 1,
           "assets": [ASSETS[h] for h in sorted(ASSETS)], "course": root}
    (SAMPLE / "course.json").write_text(qt_json(top) + "\n", encoding="utf-8")
    module = root["children"][0]
    for part in module["children"]:
        print(f"{seconds(part) / 60:5.1f} min  {all_words(part):4d} words  {part['props']['title']}")
    print(f"{seconds(module) / 60:5.1f} min  module")
    return 0


if __name__ == "__main__":
    sys.exit(main())
