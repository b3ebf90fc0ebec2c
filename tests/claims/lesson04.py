"""Claims of lesson 04 and its solution (see tests/claims/__init__.py).

The held-out figures of section 2 and of the summary change with each evaluation round. They are registered by
short words that ``test_lesson_04_figures_are_the_computed_ones`` asserts, or checked against the held-out figures
that the README of the folder the lesson's code measures records from its one run. (A held-out figure is the
figure of that run: once the rules are revised on the folder, ``framing.measure_on`` no longer gives it.)
"""

import functools
import re
from types import SimpleNamespace

import pandas as pd

import framing
import framing.figures
import framing.style
from claims import Claim, quick_checks
from course_story import course_story
from framing.attribution_eval import normalise_name
from paths import STORY_DIR
from tools import course

LESSON = course.LESSONS / "04-attribution.ipynb"
IRANIAN = ["Iranian officials and government", "Iranian media"]
SIDES = {
    "Iranian officials and government": {"Iran"},
    "Iranian media": {"Iran"},
    "Iranian and Iraqi governments": {"Iran", "Iraq"},
    "Iraqi officials and government": {"Iraq"},
    "US officials and government": {"US"},
    "armed groups": {"armed group"},
    "anonymous sources": {"anonymous"},
}


@functools.cache
def story():
    """What lesson 04 builds from the five articles: attributions, distinct statements with their groups, the
    voices table, actor mentions and hedges; and lesson 01's fact table."""
    articles = course_story().articles
    clean = course_story().clean
    sentences = course_story().sentences
    attributions = course_story().attributions
    statements = framing.distinct_statements(attributions)
    statements = statements.assign(
        group=framing.assign_groups(statements, framing.load_speaker_groups(STORY_DIR / "speaker-groups.csv"))
    )
    actors = framing.load_pattern_table(STORY_DIR / "actors.csv", key_column="pattern", columns=["actor"])
    facts = course_story().facts
    return SimpleNamespace(
        articles=articles,
        clean=clean,
        ids=list(clean["article_id"]),
        sentences=sentences,
        sentence=sentences.set_index(["article_id", "sentence_no"])["sentence"],
        text=clean.set_index("article_id")["text"].str.replace("’", "'"),
        attributions=attributions,
        statements=statements,
        voices=pd.crosstab(statements["group"], statements["article_id"]).reindex(
            columns=clean["article_id"], fill_value=0
        ),
        mentions=framing.actor_mentions(sentences, actors),
        hedges=framing.find_hedges(sentences),
        coverage=framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"]),
    )


def speaks(group):
    """The articles in which a speaker group makes at least one statement."""
    voices = story().voices
    return list(voices.columns[voices.loc[group] > 0]) if group in voices.index else []


def readme_quotation_figures(folder):
    """Units, precision, recall and speaker right of the held-out quotations of an evaluation folder, as
    data/figures.json records them from the folder's one held-out run (the README's table quotes them)."""
    short = "eval-1" if folder.name == "attribution-eval" else folder.name.replace("attribution-eval", "eval")
    key = f"attribution.{short}.held-out.quotations."
    return tuple(framing.figures.figure(key + measure) for measure in ("units", "precision", "recall", "speaker_right"))


@functools.cache
def held_out():
    """The held-out folder that lesson 04's code measures, and the quotation figures its README records."""
    code = "\n".join(course.source(c) for c in course.read(LESSON).cells if c.cell_type == "code")
    folders = re.findall(r'EVALUATION / "(attribution-eval[-\w]*)", "held-out"', code)
    assert len(set(folders)) == 1, f"expected lesson 04 to measure one held-out folder, found {folders}"
    folder = STORY_DIR.parent / folders[0]
    units, precision, recall, speaker_right = readme_quotation_figures(folder)
    return SimpleNamespace(
        folder=folder,
        units=units,
        found=round(recall * units),
        precision=precision,
        recall=recall,
        speaker_right=speaker_right,
    )


# section 1: the extractor


def check_kinds_column():
    kinds = framing.cue_table().set_index("lemma")["kinds"]
    assert set(" ".join(kinds).split()) == {"direct", "indirect", "indirect-that"}, set(" ".join(kinds).split())
    assert "indirect-that" in kinds["announce"].split() and "indirect" not in kinds["announce"].split()


def check_sex_never_from_a_first_name():
    text = "Maria Lopez, the treasurer, left the room. “We are ready,” he said."
    row = framing.find_attributions(pd.DataFrame({"article_id": ["x"], "text": [text]})).iloc[0]
    assert row["speaker"] == "Maria Lopez", (
        f"'he' went to {row['speaker']!r}: the extractor read a sex from a first name?"
    )


def check_every_mark_is_labelled():
    s = story()
    html = framing.mark_attributions_html(
        s.clean.set_index("article_id").loc["next-door-iraq", "text"],
        s.attributions[s.attributions["article_id"] == "next-door-iraq"],
    )
    labels = re.findall(r"\[\d+ (?:direct|indirect|according-to): [^\]]+, [^\]]+\]", html)
    assert html.count("<mark") == len(labels) > 0, (html.count("<mark"), len(labels))
    assert set(re.findall(r"background-color: (#\w+)", html)) == {
        framing.style.OKABE_ITO[c] for c in ("yellow", "sky blue", "reddish purple")
    }


# section 2: measuring it


def check_each_readme_keeps_the_figures():
    code = "\n".join(course.source(c) for c in course.read(LESSON).cells if c.cell_type == "code")
    folders = sorted(set(re.findall(r'"(attribution-eval[-\w]*)"', code)))
    assert len(folders) >= 2, folders
    for name in folders:
        readme = (STORY_DIR.parent / name / "README.md").read_text(encoding="utf-8")
        assert re.search(r"\*\*(round \d+ )?held-out, quotations\*\*", readme) and re.search(
            r"20\d\d-\d\d-\d\d", readme
        ), f"{name}/README.md keeps no dated held-out figure"


def check_one_in_five_wrong_speakers():
    h = held_out()
    assert round(1 / (1 - h.speaker_right)) == 5, (
        f"speaker right {h.speaker_right}: wrong for one in {1 / (1 - h.speaker_right):.1f}"
    )


ROUND_FOLDERS = [
    "attribution-eval",
    "attribution-eval-2",
    "attribution-eval-3",
    "attribution-eval-4",
    "attribution-eval-5",
    "attribution-eval-6",
]


def check_every_held_out_round_below_target():
    figures = [readme_quotation_figures(STORY_DIR.parent / name)[3] for name in ROUND_FOLDERS]
    assert figures == [0.792, 0.690, 0.744, 0.833, 0.763, 0.788] and max(figures) < 0.85, figures


def check_group_member_and_joint_names():
    comparison = framing.compare_on(STORY_DIR.parent / "attribution-eval-6", "held-out")
    wrong = comparison[
        (comparison["status"] == "found")
        & (comparison["gold_kind"] == "direct")
        & ~comparison["speaker_ok"].astype(bool)
    ]
    pairs = set(zip(wrong["gold_speaker"], wrong["found_speaker"]))
    assert ("one of two EU diplomats", "one of them") in pairs and (
        "Luis Sandoval and Marisol Sandoval",
        "Luis and Marisol Sandoval",
    ) in pairs


def check_round_sizes():
    sizes = [len(framing.load_eval_set(STORY_DIR.parent / name, "held-out")[0]) for name in ROUND_FOLDERS]
    assert sizes == [16, 24, 24, 24, 24, 24], sizes


def check_anonymous_sources_written_two_ways():
    with_clause = {}
    for number, name in enumerate(ROUND_FOLDERS, start=1):
        gold = pd.read_csv(STORY_DIR.parent / name / "gold.csv", dtype=str, keep_default_na=False)
        anonymous = gold.loc[gold["speaker_type"] == "anonymous", "speaker"]
        with_clause[number] = int(anonymous.str.contains(r"\bwho\b").sum())
    assert all(with_clause[n] > 0 for n in (1, 2, 3)) and all(with_clause[n] == 0 for n in (4, 5, 6)), with_clause
    assert normalise_name("One rival, who asked not to be named") == normalise_name("a rival")


# section 3: who speaks


def check_iranian_share_in_three_articles():
    voices = story().voices
    iranian, totals = voices.loc[IRANIAN].sum(), voices.sum()
    assert [(iranian[a], totals[a]) for a in ("visits-baghdad", "first-foreign-trip", "inaugural-visit")] == [
        (5, 6),
        (5, 6),
        (5, 8),
    ]


def check_next_door_iraq_most_statements_and_sides():
    s = story()
    voices, groups = s.voices, s.statements.set_index("article_id")
    ndi = voices["next-door-iraq"]
    assert (ndi.loc[IRANIAN].sum(), ndi.sum()) == (5, 11) and voices.sum().idxmax() == "next-door-iraq"
    us, iraqi, armed = (
        set(groups.loc[groups["group"] == g].loc["next-door-iraq", "speaker"])
        for g in ("US officials and government", "Iraqi officials and government", "armed groups")
    )
    assert us == {"the U.S. State Department", "The U.S. Embassy in Iraq"} and ndi["US officials and government"] == 2
    assert iraqi == {"al-Sudani’s office", "Mohamed Shia al-Sudani"} and ndi["Iraqi officials and government"] == 2
    assert armed == {"Kataib Hezbollah"} and ndi["armed groups"] == 2
    # "The most sides": next-door-iraq gives voice to Iran, Iraq, the US and an armed group, more sides
    # than any other article. (Counted by the groups of speaker-groups.csv, inaugural-visit has five groups too,
    # one of them its joint "Tehran and Baghdad".)
    sides = {a: set().union(*(SIDES[g] for g in voices.index[voices[a] > 0])) for a in voices.columns}
    assert sides["next-door-iraq"] == {"Iran", "Iraq", "US", "armed group"}
    assert all(len(sides[a]) < 4 for a in voices.columns if a != "next-door-iraq"), sides


def check_only_next_door_iraq_us_and_armed():
    assert speaks("US officials and government") == speaks("armed groups") == ["next-door-iraq"]


def check_absent_voices():
    s = story()
    mentions = s.mentions
    assert (mentions.loc["Israel"] > 0).all() and (mentions.loc["United States"] > 0).all()
    assert list(mentions.columns[mentions.loc["Hamas"] > 0]) == [
        "inaugural-visit",
        "strategic-partnership",
        "next-door-iraq",
    ]
    said_by = s.statements["speaker"] + " " + s.statements["title"]
    assert not said_by.str.contains("Israel|Hamas").any(), said_by[said_by.str.contains("Israel|Hamas")]
    assert speaks("US officials and government") == ["next-door-iraq"]


def check_no_kurdish_speaker():
    s = story()
    said_by = s.statements["speaker"] + " " + s.statements["title"] + " " + s.statements["group"]
    assert not said_by.str.contains("Kurd").any(), said_by[said_by.str.contains("Kurd")]
    assert s.coverage.loc["kurdish_region_visit"].all()


# section 4: verbs


def check_foreign_minister_channels():
    a = story().attributions
    minister = a[a["speaker"].str.contains("Araqchi|Araghchi")].set_index("article_id")
    four = minister[minister["quote"].str.contains("co-?operation areas|political, regional")]
    assert list(four.index) == ["visits-baghdad", "inaugural-visit", "first-foreign-trip", "next-door-iraq"], list(
        four.index
    )
    assert set(four["via"]) == {"state media", "Iranian state media", "Iranian media outlets"}, set(four["via"])
    assert four.loc["visits-baghdad", "hedge"] == "reportedly"


def check_kurdish_claim_verbs():
    sentence = story().sentence.str.replace("’", "'")
    assert "Iran claims that the region serves" in sentence["visits-baghdad", 11]
    assert "alleging it serves as a launching pad" in sentence["inaugural-visit", 14]
    assert "saying it is used as a staging ground" in sentence["first-foreign-trip", 10]
    assert "claiming the region is used by Iranian separatist groups" in sentence["next-door-iraq", 24]
    assert "has also said—without providing evidence—that Israeli intelligence" in sentence["next-door-iraq", 25]
    assert "separatist" not in story().text["strategic-partnership"]  # "`strategic-partnership` does not report it"


# summary


def check_summary_most_statements():
    voices = story().voices
    iranian, totals = voices.loc[IRANIAN].sum(), voices.sum()
    most = list(voices.columns[iranian > totals / 2])
    # The three articles with more than one statement. strategic-partnership's only statement is Iranian too, so
    # read strictly the Iranian voices make most of the statements in four articles, not three.
    assert [a for a in most if totals[a] > 1] == ["visits-baghdad", "inaugural-visit", "first-foreign-trip"], most
    assert (iranian["strategic-partnership"], totals["strategic-partnership"]) == (1, 1) and iranian[
        "next-door-iraq"
    ] <= totals["next-door-iraq"] / 2
    check_only_next_door_iraq_us_and_armed()


def check_no_kurdish_official():
    check_no_kurdish_speaker()


# solution


def anonymous():
    a = story().attributions
    return a[a["speaker_type"] == "anonymous"]


def check_three_anonymous():
    assert anonymous()["article_id"].value_counts().reindex(story().ids, fill_value=0).tolist() == [1, 1, 1, 0, 0]


def check_anonymous_same_claim():
    check_three_anonymous()
    sentence = story().sentence
    wording = {
        "visits-baghdad": "According to people with knowledge of the situation",
        "inaugural-visit": "Sources acquainted with the matter report",
        "first-foreign-trip": "say sources familiar with the matter",
    }
    for row in anonymous().itertuples():
        text = sentence[row.article_id, row.sentence_no]
        assert (
            wording[row.article_id] in text
            and re.search(r"withdrawal .*US-led coalition", text)
            and re.search(r"agreement|accord|understanding", text)
        ), text


def check_without_providing_evidence():
    hedges = story().hedges
    used = hedges[hedges["hedge"] == "without providing evidence"]
    assert used[["article_id", "sentence_no"]].values.tolist() == [["next-door-iraq", 25]], used
    assert framing.cue_table().set_index("lemma").loc["say", "stance"] == "neutral"
    assert "Tehran has also said—without providing evidence—" in story().sentence["next-door-iraq", 25]


def check_strategic_partnership_one_voice():
    s = story()
    one = s.statements[s.statements["article_id"] == "strategic-partnership"]
    assert one["speaker"].tolist() == ["Abbas Araghchi"] and "Foreign Minister" in one["title"].iloc[0]
    assert "Iraqi officials and government" not in set(one["group"])
    assert re.search(
        r"complex time for Iraq, which must navigate its relationship with both Tehran.*and the United States",
        s.text["strategic-partnership"],
    )


CLAIMS = {
    "04.kinds-column": check_kinds_column,
    "04.sex-never-from-a-first-name": check_sex_never_from_a_first_name,
    "04.every-mark-is-labelled": check_every_mark_is_labelled,
    "04.each-readme-keeps-the-figures": check_each_readme_keeps_the_figures,
    "04.round-sizes": Claim(check_round_sizes, says="each round is a small sample of 16 to 24 articles"),
    "04.group-member-and-joint-names": Claim(
        check_group_member_and_joint_names,
        says='one member of a group ("one of them") and joint names written another way',
    ),
    "04.every-held-out-round-below-target": Claim(
        check_every_held_out_round_below_target,
        says="on the next round's new articles the figure stayed below the 0.85 the course set as its target",
    ),
    "04.anonymous-sources-written-two-ways": Claim(
        check_anonymous_sources_written_two_ways,
        says="because the annotators of rounds 1 to 3 wrote an anonymous source with it and those of rounds 4 to 6 "
        "without it",
    ),
    "04.iranian-share-in-three-articles": Claim(
        check_iranian_share_in_three_articles,
        says="In `visits-baghdad` and `first-foreign-trip`, Iranian officials and Iranian media make 5 of the 6 "
        "statements; in `inaugural-visit`, 5 of 8.",
    ),
    "04.next-door-iraq-most-statements-and-sides": Claim(
        check_next_door_iraq_most_statements_and_sides,
        says="`next-door-iraq` has the most statements and the most sides (Iran, Iraq, the US and an armed group): "
        "Iranian officials and media make 5 of its 11 statements, beside US officials (the State Department and "
        "the US Embassy, 2), Iraqi officials (al-Sudani and his office, 2) and an armed group (Kataib Hezbollah, "
        "2).",
    ),
    "04.only-next-door-iraq-us-and-armed": check_only_next_door_iraq_us_and_armed,
    "04.absent-voices": Claim(
        check_absent_voices,
        says="Israel is mentioned in every article and speaks in none; Hamas is mentioned in three (`inaugural-visit`, "
        "`strategic-partnership`, `next-door-iraq`) and speaks in none; the United States is mentioned in all "
        "five and speaks only in `next-door-iraq`.",
    ),
    "04.no-kurdish-speaker": Claim(
        check_no_kurdish_speaker,
        says="No statement in any article has a Kurdish speaker, although all five report the visit's plans for the "
        "Kurdish region.",
    ),
    "04.foreign-minister-channels": Claim(
        check_foreign_minister_channels,
        says='All four name a channel (state media, Iranian state media, Iranian media outlets); "reportedly" adds '
        "distance even though the article also names the channel.",
    ),
    "04.kurdish-claim-verbs": Claim(
        check_kurdish_claim_verbs,
        says='"Iran claims" (`visits-baghdad`), "alleging" (`inaugural-visit`), "saying" (`first-foreign-trip`), and '
        'in `next-door-iraq` both "claiming" and "has also said—without providing evidence—".',
    ),
    "04.one-in-five-wrong-speakers": Claim(
        check_one_in_five_wrong_speakers, says="names the wrong speaker for about one in five of them"
    ),
    "04.summary-most-statements": Claim(
        check_summary_most_statements,
        says="In every article but `next-door-iraq`, Iranian officials and Iranian media make most of the statements "
        "(`strategic-partnership` has only one); only `next-door-iraq` gives voice to US officials and an armed "
        "group.",
    ),
    "04.absent-voices-2": check_absent_voices,
    "04.no-kurdish-official": check_no_kurdish_official,
    "04.three-anonymous": Claim(
        check_three_anonymous, says="five counts; three articles have one anonymous attribution each."
    ),
    "04.anonymous-same-claim": Claim(
        check_anonymous_same_claim,
        says="All three support the same claim, that the US and Iraq have reached an agreement or understanding on the "
        "withdrawal of the US-led coalition",
    ),
    "04.without-providing-evidence": Claim(
        check_without_providing_evidence,
        says="(`next-door-iraq`) uses the neutral verb but adds the most explicit doubt",
    ),
    "04.without-providing-evidence-2": Claim(
        check_without_providing_evidence,
        says="It is accurate only if the reporter knows no evidence was offered, and it directs the reader's doubt at "
        "one speaker.",
    ),
    "04.strategic-partnership-one-voice": Claim(
        check_strategic_partnership_one_voice,
        says="`strategic-partnership` attributes one statement only, to Iran's foreign minister; it gives no voice to "
        "Iraqi officials",
    ),
    "04.quick-04-1": quick_checks.check_04_1,
    "04.quick-04-1-2": Claim(
        quick_checks.check_04_1,
        says="Measure recall on the same ten articles too: if precision and recall are both high, the figure is fair.",
    ),
}
