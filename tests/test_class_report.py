"""framing.class_report: the instructor's one cell, on the simulated class (data/class-simulated, labelled so)."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import framing
from framing.class_agreement import ClassAgreement
from paths import ROOT

SIMULATED = ROOT / "data" / "class-simulated"


@pytest.mark.timeout(120)
def test_a_folder_of_sheets_becomes_the_report():
    report = framing.class_report(SIMULATED, draws=200)
    assert isinstance(report.agreement, ClassAgreement) and report.agreement.coders == 12
    text = str(report)
    assert "Krippendorff's nominal alpha" in text and "average student" in text and "Horizontal bars" in text
    html = report._repr_html_()
    assert "<table" in html and "split on most" in html
    axis = report.chart()
    assert axis.get_title() and axis.get_xlabel() and len(axis.patches) == (report.students["units"] > 0).sum()
    plt.close("all")


def test_the_chart_description_and_an_empty_class():
    empty = pd.DataFrame({"coder": ["a"], "units": [0], "agreed": [0], "agreement": [float("nan")]})
    assert "nothing to chart" in framing.describe_student_agreement(empty)


def test_a_folder_that_is_not_there_is_a_plain_error(tmp_path):
    with pytest.raises(ValueError):
        framing.class_report(tmp_path / "nowhere")
