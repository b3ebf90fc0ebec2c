"""Word choice: concordance, lexicon, highlighter and weighted log-odds."""

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
from framing import PatternFileError  # noqa: E402
from paths import STORY_DIR  # noqa: E402

SENTENCES = pd.DataFrame(
    {
        "article_id": ["a", "a", "b"],
        "sentence_no": [1, 2, 1],
        "sentence": [
            "Since Israel’s war on Palestinians broke out in Gaza, militias have attacked.",
            "“The war and genocide in Gaza must stop,” his office said of the Gaza war.",
            "The Israel-Hamas war erupted in Gaza; militia groups and militias responded.",
        ],
    }
)
LEXICON = pd.DataFrame(
    {
        "concept": ["war", "war", "war", "groups"],
        "variant": ["Israel's war on Palestinians", "Israel-Hamas war", "war and genocide", "militia"],
        "pattern": [r"Israel['’]s war on Palestinians", "Israel-Hamas war", "war and genocide", r"militias?\b"],
    }
)


# --- kwic ---


def test_kwic_lists_every_occurrence_with_context():
    table = framing.kwic(SENTENCES, "militia", width=12)
    assert table[["article_id", "match"]].values.tolist() == [["a", "militia"], ["b", "militia"], ["b", "militia"]]
    first = table.iloc[0]
    assert first["left"] == "…in Gaza," and first["right"].startswith("s have")


def test_kwic_short_context_is_not_marked():
    table = framing.kwic(
        pd.DataFrame({"article_id": ["x"], "sentence_no": [1], "sentence": ["Gaza war."]}), "Gaza", width=40
    )
    assert table.iloc[0][["left", "match", "right"]].tolist() == ["", "Gaza", "war."]


def test_kwic_no_match_and_bad_arguments():
    assert framing.kwic(SENTENCES, "Kataib").empty
    with pytest.raises(ValueError, match="not a valid regular expression"):
        framing.kwic(SENTENCES, "(")
    with pytest.raises(ValueError, match="width must be a positive"):
        framing.kwic(SENTENCES, "Gaza", width=0)
    with pytest.raises(ValueError, match="sentences table has no column"):
        framing.kwic(pd.DataFrame({"article_id": []}), "Gaza")


# --- lexicon ---


def test_quoted_spans_curly_straight_and_unclosed():
    assert framing.quoted_spans("No quotes here.") == []
    assert framing.quoted_spans("“A” and “B”") == [(1, 2), (9, 10)]
    assert framing.quoted_spans('He said "yes" and "no".') == [(9, 12), (19, 21)]
    assert framing.quoted_spans("“It goes on") == [(1, 11)]


def test_match_lexicon_marks_quoted_words():
    matches = framing.match_lexicon(SENTENCES, LEXICON)
    quoted = matches[matches["quoted"]]
    assert quoted[["variant", "article_id"]].values.tolist() == [["war and genocide", "a"]]
    assert matches["quoted"].dtype == bool
    assert (matches["variant"] == "militia").sum() == 3  # every occurrence, not every sentence


def test_variant_table_counts_with_zeros_in_lexicon_and_article_order():
    matches = framing.match_lexicon(SENTENCES, LEXICON)
    table = framing.variant_table(matches, LEXICON, ["b", "a", "c"])
    assert list(table.columns) == ["b", "a", "c"]
    assert table.loc[("war", "Israel-Hamas war")].tolist() == [1, 0, 0]
    assert table.loc[("groups", "militia")].tolist() == [2, 1, 0]
    assert table.index.get_level_values("variant").tolist() == LEXICON["variant"].tolist()


def test_variant_table_with_no_matches_is_all_zeros():
    empty = framing.match_lexicon(SENTENCES.iloc[:0], LEXICON)
    table = framing.variant_table(empty, LEXICON, ["a"])
    assert table.shape == (4, 1) and table.to_numpy().sum() == 0


def test_articles_by_voice_keeps_own_quoted_and_reported_apart():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [SENTENCES["sentence"][0] + " " + SENTENCES["sentence"][1], SENTENCES["sentence"][2]],
        }
    )
    matches = framing.match_lexicon(framing.split_sentences(articles), LEXICON)
    matches["voice"] = framing.voice_of_matches(matches, articles)
    table = framing.articles_by_voice(matches, LEXICON)
    assert list(table.columns) == ["own", "quoted", "reported"]
    assert table.loc[("war", "war and genocide")].tolist() == ["", "a", ""]  # inside the quotation marks
    assert table.loc[("groups", "militia")].tolist() == ["a, b (2)", "", ""]
    assert table.index.get_level_values("variant").tolist() == LEXICON["variant"].tolist()
    without_voice = framing.articles_by_voice(matches.drop(columns="voice"), LEXICON)  # the quoted column instead
    assert without_voice.loc[("war", "war and genocide"), "quoted"] == "a"
    reported = matches.assign(voice="reported")
    assert framing.articles_by_voice(reported, LEXICON).loc[("groups", "militia"), "reported"] == "a, b (2)"


@pytest.mark.parametrize(
    "matches, message",
    [
        (pd.DataFrame({"concept": ["war"], "variant": ["x"]}), "matches table has no column"),
        (pd.DataFrame({"concept": ["war"], "variant": ["x"], "article_id": ["a"]}), "a voice or a quoted column"),
        (
            pd.DataFrame({"concept": ["war"], "variant": ["x"], "article_id": ["a"], "voice": ["narrator"]}),
            "unknown voice.*'narrator'",
        ),
    ],
)
def test_articles_by_voice_bad_input(matches, message):
    with pytest.raises(ValueError, match=message):
        framing.articles_by_voice(matches, LEXICON)


def test_articles_using():
    table = pd.DataFrame({"a": [1, 0], "b": [3, 0]}, index=["x", "y"])
    assert framing.articles_using(table).tolist() == ["a, b", ""]


def test_load_lexicon_reads_the_story_lexicon():
    lexicon = framing.load_lexicon(STORY_DIR / "word-choice.csv")
    assert {"concept", "variant", "pattern", "note"} <= set(lexicon.columns)
    assert {"Israel's war on Palestinians", "Israel-Hamas war"} <= set(lexicon["variant"])


def test_every_lexicon_variant_occurs_in_the_story():
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    lexicon = framing.load_lexicon(STORY_DIR / "word-choice.csv")
    table = framing.variant_table(
        framing.match_lexicon(framing.split_sentences(clean), lexicon), lexicon, clean["article_id"]
    )
    unused = table.index[table.sum(axis=1) == 0].tolist()
    assert not unused, f"variants in word-choice.csv that no article uses: {unused}"


def test_load_lexicon_adds_a_missing_note_column(tmp_path):
    path = tmp_path / "lexicon.csv"
    path.write_text("concept,variant,pattern\nwar,Gaza war,Gaza war\n", encoding="utf-8")
    assert framing.load_lexicon(path)["note"].tolist() == [""]


@pytest.mark.parametrize(
    "content, message",
    [
        ("concept,pattern\nwar,x\n", r"lexicon\.csv: line 1: missing column\(s\) variant"),
        ("concept,variant,pattern\nwar,,x\n", r"lexicon\.csv: line 2: variant is blank"),
        (
            "concept,variant,pattern\nwar,a,x\nwar,a,y\n",
            r"lexicon\.csv: line 3: concept and variant 'war / a' is used twice \(first on line 2\)",
        ),
        (
            "concept,variant,pattern\nwar,a,[\n",
            r"lexicon\.csv: line 2: pattern '\[' for 'war / a' is not a valid regular expression",
        ),
    ],
)
def test_load_lexicon_errors_name_file_and_line(tmp_path, content, message):
    path = tmp_path / "lexicon.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PatternFileError, match=message):
        framing.load_lexicon(path)


def test_same_variant_under_two_concepts_is_allowed(tmp_path):
    path = tmp_path / "lexicon.csv"
    path.write_text("concept,variant,pattern\nwar,militia,x\ngroups,militia,y\n", encoding="utf-8")
    assert len(framing.load_lexicon(path)) == 2


# --- highlighter ---


def test_highlight_escapes_the_text():
    html = framing.highlight_html('<script>alert("x")</script> and <b>Gaza war</b>', ["Gaza war"])
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html and "&lt;b&gt;" in html
    assert html.count("<mark") == 1 and ">Gaza war</mark>&lt;/b&gt;" in html


def test_highlight_escapes_inside_marks_and_labels():
    html = framing.highlight_html("a <i> b", {'<label "x">': "<i>"})
    assert '<mark title="&lt;label &quot;x&quot;&gt;"' in html and ">&lt;i&gt;</mark>" in html


def test_highlight_merges_overlaps_and_keeps_original_case():
    html = framing.highlight_html("The Israel-Hamas war began.", ["israel-hamas", "hamas war"])
    assert html.count("<mark") == 1 and ">Israel-Hamas war</mark>" in html
    assert framing.highlight_html("nothing here", ["Gaza"]) == "nothing here"


def test_highlight_bad_input():
    with pytest.raises(TypeError, match="expects a string"):
        framing.highlight_html(None, ["x"])
    with pytest.raises(ValueError, match="not a valid regular expression"):
        framing.highlight_html("text", ["("])


def test_side_by_side_html_one_row_per_article_escaped():
    rows = pd.DataFrame({"article_id": ["a", "a", "<b>"], "sentence": ["Gaza war.", "More.", "x"]})
    html = framing.side_by_side_html(rows, ["Gaza war"], caption="A & B")
    assert html.count("<tr>") == 3  # header and two articles
    assert "<br>" in html and "&lt;b&gt;" in html and "A &amp; B" in html
    with pytest.raises(ValueError, match="article_id and sentence"):
        framing.side_by_side_html(pd.DataFrame({"x": []}), [], caption="c")


# --- weighted log-odds ---


def test_word_counts_lower_case_with_uniform_apostrophes():
    counts = framing.word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["Iran’s war. IRAN'S", "war"]}))
    assert counts.loc["iran's"].tolist() == [2, 0] and counts.loc["war"].tolist() == [1, 1]


def test_log_odds_matches_the_formula():
    focus, rest, prior = pd.Series({"x": 3, "y": 7}), pd.Series({"x": 1, "y": 9}), pd.Series({"x": 2.0, "y": 8.0})
    result = framing.log_odds_ratio(focus, rest, prior)
    delta = math.log((3 + 2) / (10 + 10 - 3 - 2)) - math.log((1 + 2) / (10 + 10 - 1 - 2))
    variance = 1 / (3 + 2) + 1 / (1 + 2)
    assert result.loc["x", "delta"] == pytest.approx(delta)
    assert result.loc["x", "variance"] == pytest.approx(variance)
    assert result.loc["x", "z"] == pytest.approx(delta / math.sqrt(variance))
    assert result.index[0] == "x"  # sorted by z, largest first


def test_log_odds_is_antisymmetric():
    focus, rest, prior = pd.Series({"x": 3, "y": 7}), pd.Series({"x": 1, "y": 9}), pd.Series({"x": 2.0, "y": 8.0})
    forward, backward = framing.log_odds_ratio(focus, rest, prior), framing.log_odds_ratio(rest, focus, prior)
    assert forward.loc["x", "z"] == pytest.approx(-backward.loc["x", "z"])


@pytest.mark.parametrize(
    "focus, rest, prior, message",
    [
        (pd.Series({"x": 1}), pd.Series({"x": 1}), pd.Series({"x": 0.0}), "must be positive"),
        (pd.Series({"x": -1}), pd.Series({"x": 1}), pd.Series({"x": 1.0}), "negative counts"),
        (pd.Series({"x": 0}), pd.Series({"x": 1}), pd.Series({"x": 1.0}), "at least one word"),
        ({"x": 1}, pd.Series({"x": 1}), pd.Series({"x": 1.0}), "pandas Series"),
    ],
)
def test_log_odds_bad_input(focus, rest, prior, message):
    with pytest.raises((ValueError, TypeError), match=message):
        framing.log_odds_ratio(focus, rest, prior)


def test_a_stronger_prior_shrinks_z_scores():
    counts = framing.word_counts(
        pd.DataFrame(
            {"article_id": ["a", "b"], "text": ["militia militia militia the the", "armed groups the the the"]}
        )
    )
    weak = framing.distinctive_words(counts, prior_size=2, top=1)
    strong = framing.distinctive_words(counts, prior_size=200, top=1)
    assert weak.iloc[0]["word"] == "militia"
    assert abs(strong.iloc[0]["z"]) < abs(weak.iloc[0]["z"])


def test_the_default_prior_weighs_as_much_as_the_whole_corpus():
    """By default each word's pseudo-count is its count in all the articles together (alpha_0 = corpus size)."""
    counts = framing.word_counts(
        pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["war war war peace", "war peace peace", "peace calm"]})
    )
    scores = framing.distinctive_words(counts, top=3).set_index(["article_id", "word"])
    y_a, n_a, y_r, n_r = 3, 4, 1, 5  # "war" in a, and in the rest (b and c)
    alpha_w, alpha_0 = y_a + y_r, n_a + n_r
    delta = math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w)) - math.log(
        (y_r + alpha_w) / (n_r + alpha_0 - y_r - alpha_w)
    )
    assert scores.loc[("a", "war"), "z"] == pytest.approx(delta / math.sqrt(1 / (y_a + alpha_w) + 1 / (y_r + alpha_w)))
    same = framing.distinctive_words(counts, prior_size=counts.to_numpy().sum(), top=3)
    assert same["z"].tolist() == pytest.approx(framing.distinctive_words(counts, top=3)["z"].tolist())


def test_ties_are_counted_and_broken_by_count_then_alphabetical_order():
    counts = framing.word_counts(
        pd.DataFrame({"article_id": ["a", "b"], "text": ["zebra apple 70 31 the the", "the the moon"]})
    )
    scores = framing.distinctive_words(counts, top=3)
    a = scores[scores["article_id"] == "a"]
    # four words used once in a and never in b tie; digits sort before letters, so 31 and 70 come first
    assert a["word"].tolist() == ["31", "70", "apple"] and a["ties"].tolist() == [4, 4, 4]
    assert scores[scores["article_id"] == "b"]["ties"].iloc[0] == 1  # "moon" alone


def test_distinctive_words_shape_and_errors():
    counts = framing.word_counts(pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["x y z", "y z w", "z w v"]}))
    scores = framing.distinctive_words(counts, top=2)
    assert list(scores.columns) == ["article_id", "rank", "word", "count", "rest_count", "delta", "z", "ties"]
    assert scores.groupby("article_id").size().to_dict() == {"a": 2, "b": 2, "c": 2}
    with pytest.raises(ValueError, match="at least two articles"):
        framing.distinctive_words(counts[["a"]])
    with pytest.raises(ValueError, match="prior_size must be positive"):
        framing.distinctive_words(counts, prior_size=0)


# --- charts ---


def test_variant_chart_is_labelled():
    table = pd.DataFrame({"a": [1, 0], "b": [0, 2]}, index=["Gaza war", "Israel-Hamas war"])
    ax = framing.plot_variant_counts(table, title="Names")
    assert (
        "Names" in (ax.get_title(), ax.get_title(loc="left"))
        and ax.get_xlabel() == "Occurrences (count)"
        and ax.get_ylabel() == "Article"
    )
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Gaza war", "Israel-Hamas war"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["b", "a"]
    plt.close("all")
    with pytest.raises(ValueError, match="non-empty"):
        framing.plot_variant_counts(pd.DataFrame(), title="x")
    with pytest.raises(ValueError, match="9 variants"):
        framing.plot_variant_counts(pd.DataFrame({"a": range(9)}), title="x")


def test_distinctive_chart_has_one_panel_per_article():
    counts = framing.word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["x y", "y z"]}))
    figure = framing.plot_distinctive_words(framing.distinctive_words(counts), title="Words")
    assert len(figure.axes) == 2 and [ax.get_title() or ax.get_title(loc="left") for ax in figure.axes] == ["a", "b"]
    assert all(ax.get_xlabel() == "z-score" for ax in figure.axes) and figure.legends
    plt.close("all")
    with pytest.raises(ValueError, match="distinctive_words"):
        framing.plot_distinctive_words(pd.DataFrame(), title="x")


def test_count_words_is_sparse_and_matches_the_table():
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["War, war. Iran’s", "peace IRAN'S", ""]})
    counts = framing.count_words(articles)
    assert counts.article_ids == ("a", "b", "c") and counts.words == ("iran's", "peace", "war")
    assert counts.matrix.nnz == 4  # only the non-zero counts are stored
    pd.testing.assert_frame_equal(counts.to_frame(), framing.word_counts(articles))


def test_function_words_and_titles_are_left_out_of_the_lists_by_default_and_named():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": [
                "He said he's sure. Mr. Ruiz said the militia attacked when he left.",
                "The council met. The mayor spoke.",
                "Rain fell on the town.",
            ],
        }
    )
    counts = framing.word_counts(articles)
    listed = framing.distinctive_words(counts, top=20)
    everything = framing.distinctive_words(counts, top=20, stop_words=None)
    assert {"he", "he's", "mr", "when", "the"} <= set(everything["word"])
    assert not {"he", "he's", "mr", "when", "the"} & set(listed["word"])
    assert {"said", "militia"} <= set(listed.query("article_id == 'a'")["word"])  # kept: "said" is not a stop word
    # left out of the lists, not of the counts: every z-score is the same
    same = listed.merge(everything, on=["article_id", "word"], suffixes=("", "_all"))
    assert len(same) == len(listed) and (same["z"] == same["z_all"]).all()
    left = framing.left_out_words(counts, top=20)
    named = set(left.query("article_id == 'a'")["word"])
    assert (
        {"he", "he's", "mr", "when", "the"}
        <= named
        == set(everything.query("article_id == 'a'")["word"]) & set(framing.stop_list())
    )
    assert left["why"].str.len().gt(0).all() and list(left.columns) == [
        "article_id",
        "rank",
        "word",
        "count",
        "z",
        "why",
    ]
    assert framing.left_out_words(counts, top=20, stop_words=None).empty


def test_stop_words_option_takes_a_list_of_your_own_or_none():
    counts = framing.word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["Gaza war he", "peace talks she"]}))
    mine = framing.distinctive_words(counts, top=5, stop_words=["Gaza", "Peace"])
    assert {"gaza", "peace"}.isdisjoint(mine["word"]) and {"he", "she"} <= set(mine["word"])
    assert framing.stop_list(["Iran’s"]) == {"iran's"} and framing.stop_list(None) == frozenset()
    with pytest.raises(ValueError, match="stop_words must be 'english'"):
        framing.distinctive_words(counts, stop_words="french")
    with pytest.raises(TypeError, match="list of words"):
        framing.distinctive_words(counts, stop_words=[1, 2])


def test_ties_count_only_the_listed_words():
    counts = framing.word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["the war apple", "peace"]}))
    a = framing.distinctive_words(counts, top=2).query("article_id == 'a'")
    assert a["word"].tolist() == ["apple", "war"] and a["ties"].tolist() == [2, 2]  # "the" ties too, but is not listed
    assert framing.distinctive_words(counts, top=3, stop_words=None).query("article_id == 'a'")["ties"].iloc[0] == 3


def test_the_stop_list_has_a_reason_for_every_entry_and_keeps_the_country():
    reasons = framing.stop_word_reasons()
    assert reasons["why"].str.len().gt(0).all() and reasons["word"].is_unique
    kept = set(reasons.loc[~reasons["left_out"], "word"])
    assert {"us", "u.s", "said", "know", "may", "could"} <= kept and not kept & framing.stop_list()
    assert {"he", "he's", "when", "mr", "ms", "sen", "rep"} <= framing.stop_list()


def test_top_words_joins_each_articles_words():
    scores = pd.DataFrame({"article_id": ["b", "a", "b"], "word": ["x", "y", "z"]})
    assert framing.top_words(scores).to_dict() == {"b": "x, z", "a": "y"}
    counts = framing.word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["war war apple pear plum", "peace"]}))
    assert framing.top_words(framing.distinctive_words(counts, top=3))["a"] == "war, 3 words tied"  # not two of three
    with pytest.raises(ValueError, match="distinctive words table has no column"):
        framing.top_words(pd.DataFrame({"word": ["x"]}))


def test_each_distinctive_word_in_context_with_its_voices():
    text = "Militias attacked. “We fear the militias,” a resident said. Officials said militias were quiet.\nRain."
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": [text, "Peace talks began."]})
    attributions = framing.find_attributions(articles)
    scores = framing.distinctive_words(framing.word_counts(articles), top=2)
    table = framing.words_in_context(scores.query("word == 'militias'"), articles, attributions, width=20)
    row = table.iloc[0]
    assert (row["own"], row["quoted"], row["reported"]) == (1, 1, 1)
    assert row["context"] == "Militias attacked."  # the first use in the article's own voice, within its sentence
    quoted_only = pd.DataFrame({"article_id": ["a"], "word": ["fear"], "z": [1.0]})
    assert framing.words_in_context(quoted_only, articles, attributions).iloc[0]["context"].startswith("“We fear")
    missing = pd.DataFrame({"article_id": ["a"], "word": ["absent"], "z": [0.0]})
    assert framing.words_in_context(missing, articles).iloc[0][["own", "context"]].tolist() == [0, ""]
    with pytest.raises(ValueError, match="no text for article.*'z'"):
        framing.words_in_context(pd.DataFrame({"article_id": ["z"], "word": ["x"], "z": [1.0]}), articles)
    with pytest.raises(ValueError, match="width must be"):
        framing.words_in_context(scores, articles, width=0)


def test_distinctive_words_same_from_the_table_and_the_sparse_matrix():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": ["militia militia the the x y", "armed groups the the the", "x y z z the"],
        }
    )
    for options in ({}, {"prior_size": 3, "top": 2}, {"top": 50}):
        pd.testing.assert_frame_equal(
            framing.distinctive_words(framing.count_words(articles), **options),
            framing.distinctive_words(framing.word_counts(articles), **options),
        )


def test_distinctive_words_names_articles_without_words_and_needs_two():
    counts = framing.count_words(pd.DataFrame({"article_id": ["a", "empty", "b"], "text": ["x y", "\u200b", "y z"]}))
    with pytest.raises(ValueError, match="no words to compare in article.*'empty'"):
        framing.distinctive_words(counts)
    with pytest.raises(ValueError, match="at least two articles"):
        framing.distinctive_words(framing.count_words(pd.DataFrame({"article_id": ["a"], "text": ["x y"]})))
    with pytest.raises(ValueError, match="word_counts table or a count_words matrix"):
        framing.distinctive_words([1, 2])


def test_progress_bar_only_for_large_steps(capsys):
    from framing.progress import progress

    assert list(progress(range(3), total=3, description="small")) == [0, 1, 2]
    assert capsys.readouterr().out == ""
    assert list(progress(range(5), total=5, description="large", min_items=5)) == list(range(5))
    assert "large" in capsys.readouterr().out
