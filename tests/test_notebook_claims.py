"""The prose of the lessons against the data: quotes must be in the texts, figures must be computed ones.

A lesson's markdown cannot compute anything, so these tests recompute the
figures the prose states and look for the quoted words in the articles. When a
test here fails, the prose and the data disagree: fix the prose.
"""

import re

import nbformat
import pandas as pd
import pytest

import framing
import framing.figures
from claims import CLAIM_TAG, says
from course_story import course_story
from paths import STORY_DIR
from tools import course

# Quotations in the prose that are not from the articles, each with its source.
NOT_FROM_THE_ARTICLES = {
    "To frame is to select some aspects of a perceived reality and make them more salient in a communicating "
    "text",  # Entman 1993
    "To frame is to select some aspects of a perceived reality and make them more salient in a communicating text, in "
    "such a "
    "way as to promote a particular problem definition, causal interpretation, moral evaluation, and/or treatment "
    "recommendation for the item described",  # Entman 1993, whole (lesson 06)
    "the former Iraqi leader",  # a made-up paraphrase, introduced as one
}


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def markdown(path):
    """The markdown of a notebook as a student reads it: navigation cells and claim marks (HTML comments) left out."""
    return CLAIM_TAG.sub("", _markdown(path))


def _markdown(path):
    return "\n".join(
        course.source(c)
        for c in course.read(path).cells
        if c.cell_type == "markdown" and not course.source(c).startswith(course.NAV_MARK)
    )


def raw_texts():
    """The five articles as received, and the check and evaluation texts lesson 04 quotes (data/attribution-check,
    data/attribution-eval*/texts)."""
    check = pd.read_csv(STORY_DIR.parent / "attribution-check" / "texts.csv")["text"]
    evaluation = [
        path.read_text(encoding="utf-8") for path in sorted(STORY_DIR.parent.glob("attribution-eval*/texts/*.txt"))
    ]
    return normalise(" ".join([*course_story().articles["text"], *check, *evaluation]))


NOTEBOOKS = [*course.lesson_paths(course.LESSONS), *course.lesson_paths(course.SOLUTIONS)]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_quotation_of_four_or_more_words_is_in_the_articles(path):
    texts = raw_texts().lower()
    prose = re.sub(r"`[^`]*`", "", markdown(path))  # code is not quotation
    quotes = [normalise(q) for q in re.findall(r'"([^"]+)"', prose)]  # the lessons quote with straight quotes
    assert quotes, "expected the lesson to quote the articles"
    for quote in quotes:
        if len(quote.split()) < 4 or quote in NOT_FROM_THE_ARTICLES:
            continue
        for part in re.split(r"\s*\.\.\.\s*", quote.strip(" .,")):
            if part:
                assert part.lower() in texts, f"{path.name}: quoted words not found in any article: {part!r}"


@pytest.mark.parametrize("name", ["INSTRUCTORS.md", "GLOSSARY.md"])
def test_every_quotation_in_the_guide_and_glossary_is_in_the_articles(name):
    """The guide and the glossary quote the articles as the lessons do: in double quotes, words from the texts."""
    text = (course.ROOT / name).read_text(encoding="utf-8")
    prose = normalise(re.sub(r"^>\s?", "", re.sub(r"`[^`]*`", "", text), flags=re.MULTILINE).replace("\n> ", " "))
    texts = raw_texts().lower()
    checked = 0
    for quote in (normalise(q) for q in re.findall(r'"([^"]+)"', prose)):
        if len(quote.split()) < 4 or quote in NOT_FROM_THE_ARTICLES or quote.strip(" .,") in ENTMAN_PARTS:
            continue
        for part in re.split(r"\s*\.\.\.\s*", quote.strip(" .,")):
            if part:
                checked += 1
                assert part.lower() in texts, f"{name}: quoted words not found in any article: {part!r}"
    assert checked >= (10 if name == "INSTRUCTORS.md" else 0)


ENTMAN_PARTS = {
    "to select some aspects of a perceived reality and make them more salient in a communicating text"
}  # Entman 1993


def test_lesson_00_cheat_sheet_examples_are_in_the_files_it_names():
    """A row of the toolkit's pattern table that names a file shows patterns that file really holds, and so does the
    sentence that names the files writing both apostrophes."""
    cells = [
        course.source(c) for c in course.read(course.LESSONS / course.TOOLKIT_NAME).cells if c.cell_type == "markdown"
    ]
    patterns = {
        name: " ".join(pd.read_csv(STORY_DIR / name, dtype=str)["pattern"].fillna(""))
        for name in ("facts.csv", "word-choice.csv", "actors.csv")
    }
    checked = 0
    for line in "\n".join(cells).splitlines():
        if not line.startswith("| `"):
            continue
        example = line.replace("\\|", "\x00").split("|")[3].replace("\x00", "|")
        for name in re.findall(r"\((\w[\w-]*\.csv)\)", example):
            for pattern in re.findall(r"`([^`]+)`", example):
                checked += 1
                assert pattern in patterns[name], f"the toolkit's table says {name} holds `{pattern}`; it does not"
    apostrophes = next(c for c in cells if "That is why `facts.csv` writes" in c)
    for name, pattern in re.findall(r"`(\w[\w-]*\.csv)` writes `([^`]+)`", apostrophes):
        checked += 1
        assert pattern in patterns[name], f"the toolkit says {name} writes `{pattern}`; it does not"
    assert checked >= 6


def test_lesson_01_figures_are_the_computed_ones():
    prose = markdown(course.LESSONS / "01-meet-the-articles.ipynb")
    articles = course_story().articles
    removed = framing.non_article_lines(articles)
    clean = course_story().clean
    sentences = course_story().sentences
    lengths = framing.article_lengths(clean, sentences)
    facts = course_story().facts
    coverage = framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"])
    per_fact = coverage.sum(axis=1)

    assert len(articles.columns) == 10 and says("01.ten-columns", "ten columns")
    assert len(removed) == 17 and says("01.seventeen-lines", "Seventeen lines")
    assert removed["article_id"].value_counts().to_dict() == {
        "next-door-iraq": 10,
        "first-foreign-trip": 6,
        "strategic-partnership": 1,
    }
    assert says("01.loses-ten-lines", "loses ten lines") and says("01.loses-six", "loses six")
    longest = lengths["words"].idxmax()
    assert longest == "next-door-iraq"
    assert says(
        "01.625-words-26-sentences",
        f"{lengths.loc[longest, 'words']} words in {lengths.loc[longest, 'sentences']} sentences",
    )
    assert says(
        "01.first-foreign-trip-307-words", f"`first-foreign-trip` ({lengths.loc['first-foreign-trip', 'words']} words)"
    )
    assert says(
        "01.strategic-partnership-301", f"`strategic-partnership` ({lengths.loc['strategic-partnership', 'words']})"
    )
    low, high = lengths["words_per_sentence"].min(), lengths["words_per_sentence"].max()
    assert says("01.from-23-6-28-7", f"from {low} to {high} words")
    assert len(facts) == 18 and (per_fact == len(clean)).sum() == 4 and (per_fact == 1).sum() == 5
    assert (
        per_fact["armed_groups_attack_us"] == 4 and not coverage.loc["armed_groups_attack_us", "strategic-partnership"]
    )
    assert (per_fact == 4).sum() == 5 and says(
        "01.five-more-facts-four-articles",
        "Five more facts are in four articles, among them that armed groups in Iraq have targeted or attacked US "
        "troops or forces.",
    )
    assert coverage.sum().idxmax() == "next-door-iraq" and says(
        "01.next-door-iraq-includes-most", "`next-door-iraq` includes the most"
    )
    assert "what that article presents as the cause of the war in Gaza" in prose and "what began the war" not in prose
    order = lengths["words"].sort_values(ascending=False, kind="stable").index
    assert framing.describe_values(lengths["words"], unit="words").startswith(
        f"Horizontal bars, one per article, from largest to smallest: {order[0]} "
    )
    assert "the longest article at the top" in prose and 'framing.charts.plot_values(lengths["words"]' in course.source(
        next(
            c
            for c in course.read(course.LESSONS / "01-meet-the-articles.ipynb").cells
            if "describe_values" in course.source(c)
        )
    )


def test_lesson_02_figures_are_the_computed_ones():
    prose = markdown(course.LESSONS / "02-word-choice.ipynb")
    clean = course_story().clean
    sentences = course_story().sentences
    lexicon = framing.load_lexicon(STORY_DIR / "word-choice.csv")
    variants = framing.variant_table(framing.match_lexicon(sentences, lexicon), lexicon, clean["article_id"])
    using = framing.articles_using(variants)

    assert using[("the war in Gaza", "Israel's war on Palestinians")] == "visits-baghdad, first-foreign-trip"
    assert using[("the war in Gaza", "Israel-Hamas war")] == "inaugural-visit"
    assert using[("the war in Gaza", "Gaza war")] == "visits-baghdad, inaugural-visit, first-foreign-trip"
    assert says(
        "02.israel-s-war-palestinians-used",
        '"Israel\'s war on Palestinians" is used by `visits-baghdad` and `first-foreign-trip`; "Israel-Hamas war" by '
        "`inaugural-visit`",
    )
    militia = variants.loc[("armed groups in Iraq tied to Iran", "militia / militias")]
    assert (militia > 0).sum() == 4 and militia["inaugural-visit"] == 0
    assert says(
        "02.four-five-articles-use-militia",
        'Four of the five articles use "militia" or "militias"; `inaugural-visit` does not',
    )

    counts = course_story().counts
    scores = framing.distinctive_words(counts, top=5)
    above = scores[scores["z"] > 1.96]
    assert above[["article_id", "word"]].values.tolist() == [["next-door-iraq", "u.s"]]
    assert says("02.only-one-bar-passes-u", 'only one bar passes it: "u.s" in `next-door-iraq`')

    # the z-score worked by hand, with the default prior (the whole corpus)
    y_a, n_a = counts.loc["terrorist", "next-door-iraq"], counts["next-door-iraq"].sum()
    y_r, n_r = counts.loc["terrorist"].sum() - y_a, counts.to_numpy().sum() - n_a
    assert (y_a, n_a, y_r, n_r) == (4, 625, 0, 1360) and n_a + n_r == 1985
    assert says(
        "02.uses-terrorist-4-times-625",
        'uses "terrorist" 4 times in its 625 words; the other four articles, 1360 words together, never do',
    )
    assert says("02.prior-adds-4-pseudo-counts", "The prior adds 4 pseudo-counts to this word and 1985 in all")
    z = scores.query("article_id == 'next-door-iraq' and word == 'terrorist'")["z"].iloc[0]
    assert round(z, 2) == 1.54 and says("02.z-score-1-54", "A z-score of 1.54")
    # where "organizations" comes from
    organizations = (
        framing.kwic(sentences[sentences["article_id"] == "visits-baghdad"], "organizations")["left"]
        .str.split()
        .str[-1]
    )
    assert organizations.tolist() == ["armed", "separatist", "separatist"]
    assert says(
        "02.organizations-visits-baghdad-once-armed",
        '"organizations" in `visits-baghdad` (once in "armed organizations", twice in "separatist organizations")',
    )
    assert "small pseudo-count" not in prose and "Two words change" not in prose and "The prior is why" not in prose


def test_lesson_03_figures_are_the_computed_ones():
    prose = markdown(course.LESSONS / "03-sentiment.ipynb")
    clean = course_story().clean
    sentences = course_story().sentences
    scores = course_story().scores
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = codes.merge(scores, on=["article_id", "sentence_no", "sentence"])
    textblob, vader = framing.to_label(compared["polarity"]), framing.to_label(compared["vader_compound"])

    assert len(codes) == 78 and says("03.every-one-78-sentences", "every one of the 78 sentences")
    by_article = framing.sentiment_by_article(scores)
    zero = by_article["share_scored_zero"]
    assert zero.drop("strategic-partnership").between(0.46, 0.54).all() and zero["strategic-partnership"] == 0.27
    assert says("03.46-54-per-cent-27", "(46 to 54 per cent; 27 per cent in `strategic-partnership`)")
    assert (
        by_article.loc["strategic-partnership", "polarity"] == 0.043
        and by_article.loc["strategic-partnership", "vader_compound"] == -0.096
    )
    assert says("03.0-043-vader-s-slightly", "(+0.043), VADER's slightly negative (-0.096)")

    # one sentence, by hand: TextBlob's two words, VADER's sum and compound
    eight = scores.query("article_id == 'next-door-iraq' and sentence_no == 8")["sentence"].item()
    assert (
        len(framing.tokenize(eight)) == 32
        and len(framing.scored_words(eight)) == 2
        and says("03.sentence-s-32-words-textblob", "Of the sentence's 32 words, TextBlob scored two")
    )
    words = framing.vader_scored_words(eight)
    total = words["valence"].sum()
    assert (
        words["word"].tolist() == ["fought", "bloody", "war"]
        and round(total, 1) == -6.1
        and framing.vader_compound(eight) == -0.8442
    )
    assert (
        round(total / (total**2 + 15) ** 0.5, 4) == -0.8442
        and says("03.sum-6-1-gives-0", "A sum of -6.1 gives -0.84")
        and says("03.vader-rates-three-words", "VADER rates three words")
    )
    assert [round(x / (x**2 + 15) ** 0.5, 2) for x in (4, 8)] == [
        0.72,
        0.9,
    ] and says("03.sum-4-already-gives-0", "A sum of 4 already gives 0.72, and 8 gives 0.90")
    ratings = framing.sentiment.word_ratings(["war", "strikes"])["vader"].tolist()
    assert ratings == [-2.9, -1.5] and says(
        "03.vader-s-list-has-war", 'VADER\'s list has "war" (-2.9) and "strikes" (-1.5)'
    )

    # negation and casualties
    phrases = {
        p: framing.vader_compound(p)
        for p in ["a successful visit", "not a successful visit", "not at all a successful visit", "no casualties"]
    }
    assert (
        phrases["not a successful visit"]
        < 0
        < phrases["not at all a successful visit"]
        == phrases["a successful visit"]
        and phrases["no casualties"] < 0
    )

    # typography: the same quotation, curly and straight
    quoted = scores[scores["sentence"].str.contains("planning to sign several agreements")].set_index("article_id")
    as_typed = {a: framing.vader_compound(s, straighten=False) for a, s in quoted["sentence"].items()}
    assert quoted["vader_compound"].round(2).to_dict() == {"visits-baghdad": 0.27, "first-foreign-trip": 0.27}
    assert as_typed == {"visits-baghdad": 0.0, "first-foreign-trip": 0.2732}
    assert says(
        "03.typed-same-words-score-0",
        "As typed, the same words score +0.27 in `first-foreign-trip` and 0 in `visits-baghdad`",
    )
    typed = scores["sentence"].map(lambda s: framing.vader_compound(s, straighten=False))
    changed = scores[typed != scores["vader_compound"]]
    curly = {a for a, t in zip(clean["article_id"], clean["text"]) if "“" in t}
    assert len(changed) == 3 and set(changed["article_id"]) == curly == {"visits-baghdad", "next-door-iraq"}
    assert (typed[changed.index] < changed["vader_compound"]).all()
    assert says(
        "03.three-sentences-change-two-articles",
        "Three sentences change, in the two articles typed with curly quotation marks, `visits-baghdad` and "
        "`next-door-iraq`, and each would lose positive words",
    )
    means = scores.assign(vader_compound=typed).groupby("article_id")["vader_compound"].mean()
    assert all(
        means[a] < by_article.loc[a, "vader_compound"] for a in curly
    )  # "it would pull down the VADER means of two articles"

    # agreement
    assert round(framing.accuracy(compared["label"], textblob), 2) == 0.41 and says(
        "03.41-per-cent-sentences", "on 41 per cent of the sentences"
    )
    assert round((compared["label"] == "negative").mean(), 2) == 0.36 and says("03.36-per-cent", "(36 per cent)")
    assert round(framing.accuracy(compared["label"], vader), 2) == 0.68 and says(
        "03.vader-agrees-68-per-cent", "VADER agrees on 68 per cent"
    )
    textblob_table = framing.confusion_table(compared["label"], textblob)
    assert (
        textblob_table.loc["negative"].tolist() == [9, 17, 2]
        and says("03.28-sentences-coded-negative-calls", "of the 28 sentences coded negative, it calls 17 neutral")
        and says("03.2-positive", "and 2 positive")
    )
    vader_table = framing.confusion_table(compared["label"], vader)
    assert (
        vader_table.loc["negative", "negative"] == 23
        and vader_table.loc["neutral", "positive"] == 13
        and vader_table.loc["negative", "positive"] == 2
    )
    off_diagonal = {
        (row, column): vader_table.loc[row, column]
        for row in framing.LABELS
        for column in framing.LABELS
        if row != column
    }
    assert max(off_diagonal, key=off_diagonal.get) == ("neutral", "positive")
    assert says(
        "03.23-28-but-calls-13",
        "(23 of 28), but calls 13 of the 25 neutral sentences positive, and 2 negative ones too",
    )
    assert says(
        "03.largest-disagreement-13-neutral-sentences",
        "Its largest disagreement is the 13 neutral sentences it calls positive",
    )
    kappas = [
        round(framing.cohen_kappa(compared["label"], textblob), 2),
        round(framing.cohen_kappa(compared["label"], vader), 2),
        round(framing.cohen_kappa(textblob, vader), 2),
    ]
    assert (
        kappas == [0.12, 0.52, 0.26]
        and says("03.kappa-0-12", "kappa of 0.12")
        and says("03.vader-s-0-52", "VADER's 0.52")
        and says("03.0-26", "(0.26)")
    )
    weighted = [
        round(framing.cohen_kappa(compared["label"], t, labels=framing.LABELS, weights="linear"), 2)
        for t in (textblob, vader)
    ]
    assert weighted == [0.22, 0.59] and says(
        "03.textblob-s-kappa-rises-0", "TextBlob's kappa rises to 0.22 and VADER's to 0.59"
    )
    ten = compared.assign(vader=vader)[compared["article_id"] == "visits-baghdad"].head(10)
    low, high = framing.agreement.kappa_range_one_change(ten["label"], ten["vader"], labels=framing.LABELS)
    assert round(framing.cohen_kappa(ten["label"], ten["vader"], labels=framing.LABELS), 2) == 0.57 and (
        round(low, 2),
        round(high, 2),
    ) == (0.39, 0.7)
    assert says(
        "03.vader-s-kappa-0-57",
        "VADER's kappa is 0.57, and one label changed would move it anywhere from 0.39 to 0.70, from *fair* to "
        "*substantial*",
    )

    # articles, not sentences
    ranking = framing.agreement.codes_by_article(codes).join(by_article[["vader_compound", "polarity"]])
    assert framing.agreement.discordant_pairs(ranking["net_share"], ranking["vader_compound"]).empty
    assert ranking.loc["visits-baghdad", "net_share"] == ranking.loc["first-foreign-trip", "net_share"]
    pairs = framing.agreement.discordant_pairs(ranking["net_share"], ranking["polarity"]).values.tolist()
    assert sorted(pairs) == [["inaugural-visit", "first-foreign-trip"], ["strategic-partnership", "first-foreign-trip"]]
    assert says(
        "03.they-put-first-foreign-trip",
        "they put `first-foreign-trip` below `strategic-partnership` and `inaugural-visit`",
    )
    assert (ranking["sentences"].min(), ranking["sentences"].max()) == (
        11,
        26,
    ) and says("03.11-26-sentences-per-article", "11 to 26 sentences per article")

    tit_for_tat = scores[scores["sentence"].str.contains("tit-for-tat")].set_index("article_id")["polarity"]
    assert tit_for_tat.to_dict() == {"visits-baghdad": 0.8, "first-foreign-trip": 0.0}

    # exercise 5 stays blind: the lesson shows no code of next-door-iraq's first ten sentences
    misread = compared.assign(vader=vader).query("label != 'positive' and vader == 'positive'")
    blind = misread[(misread["article_id"] == "next-door-iraq") & (misread["sentence_no"] <= 10)]
    assert not blind.empty and says("03.next-door-iraq-s-first", "`next-door-iraq`'s first ten sentences are left out")
    assert '"winning"' not in prose  # sentence 3 of next-door-iraq, one of the ten

    solution = markdown(course.SOLUTIONS / "03-sentiment-solutions.ipynb")
    killing = scores.query("article_id == 'next-door-iraq' and sentence_no == 12").iloc[0]
    assert framing.scored_words(killing["sentence"])[["words", "polarity"]].values.tolist() == [
        ["military", -0.1],
        ["killed", -0.2],
        ["several", 0.0],
    ]
    assert (
        killing["polarity"] == -0.1
        and 'rates "military" (-0.1) and "killed" (-0.2) only mildly' in solution
        and "so that sentence scores -0.1" in solution
    )
    assert (
        round(framing.accuracy(compared["label"], vader), 2) == 0.68
        and "the lesson's figure for VADER (0.68)" in solution
    )


def test_lesson_05_figures_are_the_computed_ones():
    markdown(course.LESSONS / "05-one-story-rewritten.ipynb")
    clean = course_story().clean
    sentences = course_story().sentences
    overlap = framing.similarity_matrix(clean, size=5)
    top = framing.closest_pairs(overlap, top=3)
    assert {top.iloc[0]["first"], top.iloc[0]["second"]} == {"visits-baghdad", "first-foreign-trip"} and round(
        top.iloc[0]["similarity"], 3
    ) == 0.037
    assert round(top.iloc[1]["similarity"], 3) == 0.025 and round(top.iloc[2]["similarity"], 3) <= 0.007
    assert (
        says("05.0-037", "(0.037)")
        and says("05.0-025", "(0.025)")
        and says("05.every-other-pair-most-0", "Every other pair is at most 0.007")
    )
    counts = {
        other: len(framing.align_sentences(sentences, "first-foreign-trip", other))
        for other in clean["article_id"]
        if other != "first-foreign-trip"
    }
    assert counts == {"visits-baghdad": 12, "inaugural-visit": 8, "strategic-partnership": 5, "next-door-iraq": 4}
    sizes = sentences.groupby("article_id").size()
    assert (
        sizes["visits-baghdad"],
        sizes["first-foreign-trip"],
        sizes["strategic-partnership"],
        sizes["next-door-iraq"],
    ) == (13, 13, 11, 26)
    assert says("05.twelve-visits-baghdad-s-13", "Twelve of `visits-baghdad`'s 13 sentences") and says(
        "05.12-first-foreign-trip-s", "12 of `first-foreign-trip`'s 13 sentences"
    )
    assert (
        says("05.5-11-sentences-strategic-partnership", "5 of the 11 sentences of `strategic-partnership`")
        and says("05.4-26-next-door-iraq", "4 of the 26 of `next-door-iraq`")
        and says("05.eight-pairs", "Eight pairs")
    )
    first = "Iraq hosts several Iran-aligned parties and armed groups, as Tehran has steadily increased its sway."
    second = "Iraq harbors multiple Iran-aligned political parties and armed groups, as Tehran has progressively expanded its influence."
    assert (
        len(framing.content_words(first) & framing.content_words(second)) == 6
        and round(framing.sentence_similarity(first, second), 2) == 0.52
    )
    assert says("05.six-content-words-common-similarity", "Six content words in common, a similarity of 0.52")
    # quotations left out
    text = clean.set_index("article_id")["text"]
    shared = framing.shingles(text["visits-baghdad"]) & framing.shingles(text["first-foreign-trip"])
    unquoted = framing.shingles(text["visits-baghdad"], quotations=False) & framing.shingles(
        text["first-foreign-trip"], quotations=False
    )
    assert (len(shared), len(unquoted), len(shared - unquoted)) == (22, 8, 14)
    assert says("05.order-turns-round", "only 8 of 22 (0.015)")
    # the order-free match
    matched = {other: framing.reuse.match_sentences(sentences, "first-foreign-trip", other) for other in counts}
    assert {other: len(pairs) for other, pairs in matched.items()} == {
        "visits-baghdad": 13,
        "inaugural-visit": 11,
        "strategic-partnership": 6,
        "next-door-iraq": 9,
    }
    assert sizes["next-door-iraq"] - len(matched["next-door-iraq"]) == 17
    assert says("05.any-order-9-26-sentences", "In any order, 9 of the 26 sentences of `next-door-iraq`") and says(
        "05.other-17-sentences-next-door", "The other 17 sentences of `next-door-iraq` have no partner"
    )
    outside = matched["inaugural-visit"][~matched["inaugural-visit"]["in_alignment"]]
    assert outside[["first_no", "second_no", "similarity"]].values.tolist() == [
        [1, 3, 0.36],
        [12, 9, 0.50],
        [2, 10, 0.34],
    ]
    assert (
        says(
            "05.sentence-9-inaugural-visit-sentence",
            "Sentence 9 of `inaugural-visit` and sentence 12 of `first-foreign-trip` (0.50)",
        )
        and says("05.0-36", "(0.36)")
        and says("05.0-34", "(0.34)")
    )
    # the word diff and the pair on the war
    aligned = framing.align_sentences(sentences, "first-foreign-trip", "visits-baghdad").set_index("first_no")
    diff = framing.word_diff(aligned.loc[3, "first_sentence"], aligned.loc[3, "second_sentence"])
    assert diff["change"].tolist() == ["replaced"] * 5 and says(
        "05.diff-marks-five-stretches-replaced", "The diff marks five stretches as replaced"
    )
    war = framing.align_sentences(sentences, "first-foreign-trip", "inaugural-visit").set_index("first_no").loc[5]
    assert (
        "tit-for-tat" in war["first_sentence"]
        and war["similarity"] == 0.64
        and says("05.similarity-0-64", "(similarity 0.64)")
    )
    # facts that one of inaugural-visit and first-foreign-trip has and the other lacks
    assert "14 memoranda" in text["inaugural-visit"] and "memoranda" not in text["first-foreign-trip"]
    assert "Soleimani" in text["inaugural-visit"] and "Soleimani" not in text["first-foreign-trip"]
    assert (
        "69" in text["first-foreign-trip"]
        and "69" not in text["inaugural-visit"]
        and "70 countries" not in text["inaugural-visit"]
    )


def test_lesson_06_figures_are_the_computed_ones():
    prose = normalise(markdown(course.LESSONS / "06-the-whole-frame.ipynb"))
    articles = course_story().articles
    sentences = framing.split_sentences(course_story().clean)
    positions = framing.first_positions(sentences, course_story().facts)
    at = positions.pivot(index="fact", columns="article_id", values="sentence_no")
    sizes = sentences.groupby("article_id").size()
    # took office: second of inaugural-visit, third of next-door-iraq, last of first-foreign-trip, none in visits-baghdad
    office = at.loc["took_office"]
    assert (office["inaugural-visit"], office["next-door-iraq"], office["first-foreign-trip"]) == (
        2,
        3,
        sizes["first-foreign-trip"],
    )
    assert pd.isna(office["visits-baghdad"])
    matched = positions[positions["fact"] == "took_office"].set_index("article_id")["match"]
    assert (matched["inaugural-visit"], matched["next-door-iraq"]) == ("assumed office", "assuming office")
    assert says(
        "06.comes-sentence-2-inaugural-visit",
        'comes in sentence 2 of `inaugural-visit` ("assumed office in July") and in sentence 3 of `next-door-iraq` '
        '("assuming office '
        'last month"), but in the last sentence of `first-foreign-trip`',
    )
    # the facts in the leads
    lead = positions[positions["sentence_no"] <= 2]
    assert sorted(zip(lead["article_id"], lead["fact"])) == [
        ("inaugural-visit", "took_office"),
        ("next-door-iraq", "us_troops"),
        ("strategic-partnership", "invasion_2003"),
        ("strategic-partnership", "iran_iraq_war"),
    ]
    # the page lines: hand labels and rules agree on all 19; the captions' dates
    lines = framing.page_lines(articles)
    by_hand = framing.load_page_lines(STORY_DIR / "page-lines.csv")
    compared = lines.merge(by_hand, on=["article_id", "line_no"], suffixes=("", "_by_hand"))
    assert (
        len(compared) == 19 and (compared["kind"] == compared["kind_by_hand"]).all() and "agree on every line" in prose
    )
    captions = lines[lines["kind"] == "caption"].groupby("article_id")["line"].apply(" ".join)
    assert "on July 6, 2024" in captions["next-door-iraq"] and "on Nov. 23, 2022" in captions["next-door-iraq"]
    assert (
        lines[(lines["kind"] == "caption") & (lines["article_id"] == "next-door-iraq")]["line"].str[:60].nunique() == 2
    )
    assert says(
        "06.same-caption-appears-twice-credit", "the same caption appears twice, with its credit written two ways"
    )
    # the crosshead after the Kurdish fighters' caption
    kurdish = lines[lines["line"].str.startswith("Kurdish fighters")]["line_no"].max()
    after = lines[(lines["article_id"] == "next-door-iraq") & (lines["line_no"] > kurdish)].iloc[0]
    assert after["line"] == "Iran Leader to Visit Kurdistan" and "it stands just before the crosshead" in prose
    # Entman: the functions table as the lesson counts it
    functions = framing.load_entman_functions(STORY_DIR / "entman-functions.csv", articles)
    passages = functions[functions["quote"] != ""].groupby(["article_id", "function"]).size()
    for article_id in ("visits-baghdad", "first-foreign-trip"):
        assert (article_id, "moral evaluation") not in passages and (
            article_id,
            "treatment recommendation",
        ) not in passages
    assert says(
        "06.visits-baghdad-first-foreign-trip",
        "For `visits-baghdad` and `first-foreign-trip` the reader recorded no moral evaluation and no treatment "
        "recommendation",
    )


def test_lesson_07_prints_no_check_figure_before_the_reading_is_done():
    """Lesson 07 gives the extractor's precision and the tools' agreement only from the student's own sheets: its
    prose states no precision or recall of its own, and on the course's story, whose sheets are blank, the stored
    outputs say "Not checked yet" and "Not coded yet"."""
    prose = markdown(course.LESSONS / "07-your-own-story.ipynb")
    assert not re.search(r"precision (?:of )?0\.\d+|recall (?:of )?0\.\d+|\[True\] \*", prose)
    notebook = nbformat.read(course.LESSONS / "07-your-own-story.ipynb", as_version=4)
    shown = "\n".join(
        output.get("text", "") + output.get("data", {}).get("text/plain", "")
        for cell in notebook.cells
        for output in cell.get("outputs", [])
    )
    assert "Not checked yet: none of 30 rows marked." in shown
    assert "Not coded yet: none of the 30 sentences has a code" in shown
    assert "Your precision" not in shown and "precision 1.00" not in shown


def test_exemplar_quotations_are_in_the_articles_they_name():
    """Each quotation of the exemplar report (INSTRUCTORS.md) stands word for word in an article its sentence names
    (in one of them when the sentence names several), not merely somewhere in the five texts."""
    from claims import article_ids_in, guide, sentences_of, unwrap

    texts = course_story().articles.set_index("article_id")["text"].map(normalise).str.lower()
    checked = 0
    for sentence in sentences_of(unwrap(guide.exemplar_report()), "the exemplar report"):
        named = article_ids_in(sentence.text)
        assert named or '"' not in sentence.text, f"a quotation with no article named: {sentence.text}"
        for quote in re.findall(r'"([^"]+)"', normalise(re.sub(r"`[^`]*`", "", sentence.text))):
            for part in re.split(r"\s*\.\.\.\s*", quote.strip(" .,")):
                if part:
                    checked += 1
                    assert any(part.lower() in texts[a] for a in named), f"{part!r} is in none of {named}"
    assert checked >= 40, checked
