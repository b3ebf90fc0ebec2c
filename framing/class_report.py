"""The instructor's one cell: a folder of students' coding sheets turned into the class's agreement report.

    report = framing.class_report("class-sheets")     # the folder holding the students' downloaded sheets
    report                                           # shows everything below, in words and tables, with a chart

The report reads every sheet (``framing.read_class_sheets``: each problem named with its file), measures the
class's agreement (``framing.measure_class_agreement``: Krippendorff's alpha with a bootstrap interval, pairwise
kappas, the units the class split on most, the majority code of each unit), and, for a sentiment sample, sets
TextBlob and VADER against the class majority, beside the rule "always the most common code" and the average
student (``framing.sentiment_tools_against_class``). The chart shows each student's agreement with the rest of the
class; its description is printed with it, so the report reads the same to someone who cannot see the chart.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from framing.class_agreement import (
    ClassAgreement,
    ToolsAgainstClass,
    measure_class_agreement,
    read_class_sheets,
    sentiment_tools_against_class,
    student_agreement,
)

__all__ = ["ClassReport", "class_report", "describe_student_agreement", "plot_student_agreement"]


def describe_student_agreement(students: pd.DataFrame) -> str:
    """The chart of :func:`plot_student_agreement` in words.

    >>> students = pd.DataFrame({"coder": ["a", "b"], "units": [10, 8], "agreed": [7, 8], "agreement": [0.7, 1.0]})
    >>> describe_student_agreement(students)
    'Horizontal bars, one per student, from highest to lowest agreement with the majority of the other students:
    b 1.00 (8 units), a 0.70 (10 units).'
    """
    shown = students[students["units"] > 0].sort_values("agreement", ascending=False, kind="stable")
    if shown.empty:
        return "No student shares a unit with two or more others, so there is nothing to chart."
    parts = [f"{row.coder} {row.agreement:.2f} ({row.units} units)" for row in shown.itertuples()]
    return (
        "Horizontal bars, one per student, from highest to lowest agreement with the majority of the other students: "
        + ", ".join(parts)
        + "."
    )


def plot_student_agreement(students: pd.DataFrame, title: str = "Each student against the rest of the class"):
    """Horizontal bars: each student's agreement with the majority of the other students (0 to 1), highest on top."""
    shown = students[students["units"] > 0].sort_values("agreement", kind="stable")
    figure, axis = plt.subplots(figsize=(7, max(2.0, 0.3 * len(shown) + 1)))
    axis.barh(shown["coder"].astype(str), shown["agreement"])
    axis.set_xlim(0, 1)
    axis.set_xlabel("Agreement with the majority of the other students (share of units)")
    axis.set_ylabel("Student (coder id)")
    axis.set_title(title)
    return axis


@dataclass(frozen=True)
class ClassReport:
    """A class's report: the ``agreement`` (``ClassAgreement``) and, for a sentiment sample, the ``tools`` against
    the class (``ToolsAgainstClass``, else None) and each student against the rest (``students``)."""

    agreement: ClassAgreement
    tools: ToolsAgainstClass | None
    students: pd.DataFrame

    def __str__(self) -> str:
        parts = [self.agreement.message]
        if self.tools is not None:
            parts.append(self.tools.message)
        parts.append(describe_student_agreement(self.students))
        return "\n\n".join(parts)

    def _repr_html_(self) -> str:
        blocks = [f"<p>{html.escape(self.agreement.message)}</p>"]
        if self.tools is not None:
            blocks += [f"<p>{html.escape(self.tools.message)}</p>", self.tools.table.to_html()]
        blocks += ["<p><b>The units the class split on most</b></p>", self.agreement.split.to_html(index=False)]
        blocks += [f"<p>{html.escape(describe_student_agreement(self.students))}</p>"]
        return "\n".join(blocks)

    def chart(self):
        """The chart of each student against the rest (its description: ``describe_student_agreement``)."""
        return plot_student_agreement(self.students)


def class_report(folder: str | Path, scored: pd.DataFrame | None = None, draws: int = 2000) -> ClassReport:
    """Read a folder of one sample's coding sheets and report the class's agreement (see the module).

    ``scored`` is ``sentence_sentiment``'s table for a sentiment sample (else the sheets' sentences are scored).
    """
    codes = read_class_sheets(folder)
    agreement = measure_class_agreement(codes, draws=draws)
    tools = sentiment_tools_against_class(codes, scored) if codes.activity.name == "sentiment" else None
    students = tools.students if tools is not None else student_agreement(codes.codes, codes.scale)
    return ClassReport(agreement, tools, students)
