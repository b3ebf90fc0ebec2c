"""The instructor guide's timing tables, written from the times the lessons state.

A lesson's **Time:** line is the one place its time is written. ``python tools/course.py navigation`` rewrites, in
INSTRUCTORS.md, the Time column of the table at a glance (between ``<!-- GLANCE TIMES START -->`` and ``END``) and the
session plans (between ``<!-- SCHEDULES START -->`` and ``END``) from those lines, so that raising a lesson's time is
one edit and every plan still adds up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

SESSION = 60
"""Minutes in one class session."""
GLANCE_START, GLANCE_END = "<!-- GLANCE TIMES START -->", "<!-- GLANCE TIMES END -->"
SCHEDULES_START, SCHEDULES_END = "<!-- SCHEDULES START -->", "<!-- SCHEDULES END -->"


@dataclass(frozen=True)
class LessonTime:
    """A lesson's stated minutes: ``number`` ("01"), ``lesson`` and ``exercises`` (the capstone: in class only)."""

    number: str
    lesson: int
    exercises: int

    @property
    def total(self) -> int:
        return self.lesson + self.exercises


def _sum(parts: list[int]) -> str:
    return " + ".join(map(str, parts))


def _sessions_needed(minutes: int) -> int:
    return max(1, math.ceil(minutes / SESSION))


def _lessons_one_by_one(lessons: list[LessonTime], start: int = 1) -> tuple[list[str], list[int], int]:
    """Each lesson in its own session(s), lesson part only: the text of each, the spare minutes, the next session."""
    parts, spare, session = [], [], start
    for lesson in lessons:
        need = _sessions_needed(lesson.lesson)
        where = f"session {session}" if need == 1 else f"sessions {session}-{session + need - 1}"
        parts.append(f"{lesson.number} ({lesson.lesson} min, {where})")
        spare.append(need * SESSION - lesson.lesson)
        session += need
    return parts, spare, session


def plan_everything_in_class(lessons: list[LessonTime], capstone: int) -> str:
    total = sum(lesson.total for lesson in lessons) + capstone
    sessions = _sessions_needed(total)
    spans, at = [], 0
    for lesson in lessons:
        spans.append(f"{lesson.number} in minutes {at}-{at + lesson.total}")
        at += lesson.total
    spans.append(f"07 in {at}-{at + capstone}")
    return (
        f"| {sessions} one-hour sessions, everything in class | {sessions} × {SESSION} = {sessions * SESSION} min | "
        "the "
        f"lessons in order, each with its exercises, running on from one session into the next: {', '.join(spans)}. "
        f"In class: {total - capstone} + {capstone} = {total} min, with {sessions * SESSION - total} to spare; nothing "
        "at home but the report |"
    )


def plan_exercises_at_home(lessons: list[LessonTime], capstone: int, title: str, note: str = "") -> str:
    parts, spare, session = _lessons_one_by_one(lessons)
    need = _sessions_needed(capstone)
    sessions = session - 1 + need
    in_class = sum(lesson.lesson for lesson in lessons)
    home = sum(lesson.exercises for lesson in lessons)
    spare_total = sum(spare) + need * SESSION - capstone
    capstone_where = f"session {session}" if need == 1 else f"sessions {session}-{session + need - 1}"
    return (
        f"| {title} | {sessions} × {SESSION} = {sessions * SESSION} min | the lesson part of {', '.join(parts)}; "
        f"07 in {capstone_where} ({capstone} of {need * SESSION} min). The {spare_total} spare minutes go to starting "
        f"the exercises together and to checking the students' own story folders. In class: {in_class} + {capstone} = "
        f"{in_class + capstone} min; at home: the exercises, {home} min "
        f"({_sum([lesson.exercises for lesson in lessons])})"
        f"{note} |"
    )


def plan_two_days(lessons: list[LessonTime], capstone: int) -> str:
    totals = [lesson.total for lesson in lessons]
    whole = sum(totals) + capstone
    split = min(range(1, len(lessons)), key=lambda k: abs(2 * sum(totals[:k]) - whole))
    day1 = lessons[:split]
    day2 = lessons[len(day1) :]
    one = [lesson.total for lesson in day1]
    two = [lesson.total for lesson in day2] + [capstone]
    names1 = ", ".join(lesson.number for lesson in day1)
    names2 = ", ".join([lesson.number for lesson in day2] + ["07"])
    return (
        f"| A two-day workshop | two days | day 1: {names1} with their exercises ({_sum(one)} = {sum(one)} min, plus "
        f"breaks); day 2: {names2} ({_sum(two)} = {sum(two)} min, plus breaks), then time to start the report. "
        f"Everything in class: {sum(one)} + {sum(two)} = {sum(one) + sum(two)} min. Ask students to do the toolkit "
        "before day 1 |"
    )


def schedules(lessons: list[LessonTime], capstone: int, toolkit: int) -> str:
    """The session plans, as the Markdown block between the SCHEDULES markers."""
    everything = sum(lesson.total for lesson in lessons)
    without_frame = [lesson for lesson in lessons if lesson.number != "06"]
    without_sentiment = [lesson for lesson in lessons if lesson.number != "03"]
    rows = [
        plan_everything_in_class(lessons, capstone),
        plan_exercises_at_home(lessons, capstone, "One-hour sessions, exercises at home"),
        plan_exercises_at_home(
            without_frame,
            capstone,
            "One-hour sessions, without the whole frame",
            ". Lesson 06 is left out; students skip the whole-frame section of lesson 07, and the report has no "
            "whole-frame section: score the rubric without its row (out of 27)",
        ),
        plan_exercises_at_home(
            without_sentiment,
            capstone,
            "One-hour sessions, without sentiment",
            ". Lesson 03 is left out; take 15 minutes of a spare slot for agreement between coders and Cohen's kappa "
            "(section 4 of lesson 03, *Does the tool agree with people?*), which lesson 06 builds on. The report then "
            "has no Tone section: score the rubric without its Tone row (out of 27)",
        ),
        plan_two_days(lessons, capstone),
    ]
    intro = (
        f"Everything in class takes {everything + capstone} minutes: {everything} for lessons 01 to 06 "
        f"({_sum([lesson.total for lesson in lessons])}) and {capstone} for lesson 07; the capstone report is written "
        f"outside class. The toolkit ({toolkit} minutes with its exercises) is not in these plans: its core "
        "(sections 1 to 7) comes before lesson 01, as self-study or a session of its own, and its reference "
        "(sections 8 to 10) is read as the exercises' hints send students to it. Of the "
        f"{everything} "
        f"minutes, {sum(lesson.lesson for lesson in lessons)} are the lessons themselves "
        f"({_sum([lesson.lesson for lesson in lessons])}) and {sum(lesson.exercises for lesson in lessons)} their "
        f"exercises ({_sum([lesson.exercises for lesson in lessons])}), which check themselves and can be done at "
        "home. "
        f"A session is {SESSION} minutes; a lesson longer than that takes two. Five plans that add up (written from "
        "the "
        "lessons' stated times by `python tools/course.py navigation`):"
    )
    table = ["| Plan | Sessions | What goes where |", "|---|---|---|", *rows]
    return intro + "\n\n" + "\n".join(table)


def replace_between(text: str, start: str, end: str, block: str, where: str) -> str:
    if start not in text or end not in text:
        raise ValueError(f"{where}: the markers {start} and {end} are missing")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{block}\n{end}{tail}"


def glance_time(cell: str, total: int, lesson: int, exercises: int, word: str) -> str:
    """The Time cell of the table at a glance, with the numbers of the lesson's Time line."""
    return re.sub(
        r"^\d+ min \(\d+ [a-z]+, \d+ exercises\)", f"{total} min ({lesson} {word}, {exercises} exercises)", cell
    )
