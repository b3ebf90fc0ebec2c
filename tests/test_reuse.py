"""Reuse: shingles, Jaccard, sentence alignment, word diffs and frame shifts."""

import random

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402

SENTENCES = pd.DataFrame(
    {
        "article_id": ["a", "a", "a", "b", "b", "b"],
        "sentence_no": [1, 2, 3, 1, 2, 3],
        "sentence": [
            "Iraq hosts 2,500 US troops and Iran-backed militias.",
            "The weather was mild in Baghdad.",
            "Israel's war on Palestinians erupted in Gaza in October.",
            "Iraq is home to 2,500 US troops and militias supported by Iran.",
            "The Israel-Hamas war erupted in Gaza in October.",
            "Officials expect more talks next week.",
        ],
    }
)
LEXICON = pd.DataFrame(
    {
        "concept": ["war", "war"],
        "variant": ["Israel's war on Palestinians", "Israel-Hamas war"],
        "pattern": [r"Israel['’]s war on Palestinians", "Israel-Hamas war"],
    }
)


def test_shingles_and_jaccard():
    assert framing.shingles("one two", size=3) == set()
    assert len(framing.shingles("a b c d", size=2)) == 3
    assert framing.shingles("Iran’s war", size=2) == framing.shingles("Iran's WAR", size=2)
    assert framing.jaccard(set(), set()) == 0.0 and framing.jaccard({1}, {1}) == 1.0
    with pytest.raises(ValueError, match="size must be"):
        framing.shingles("text", size=0)


def test_similarity_matrix_is_symmetric_with_ones_on_the_diagonal():
    articles = pd.DataFrame({"article_id": ["x", "y", "z"], "text": ["a b c d e f", "a b c d e g", "p q r s t u"]})
    matrix = framing.similarity_matrix(articles, size=3)
    assert (matrix.to_numpy().diagonal() == 1).all() and (matrix == matrix.T).all().all()
    assert matrix.loc["x", "y"] == pytest.approx(3 / 5) and matrix.loc["x", "z"] == 0
    assert framing.closest_pairs(matrix, top=1)[["first", "second"]].values.tolist() == [["x", "y"]]


def test_content_words_and_sentence_similarity():
    assert framing.content_words("The troops were toppling the statue.") == {"troop", "toppl", "statue"}
    assert framing.sentence_similarity("", "") == 0.0
    assert framing.sentence_similarity("Iraq hosts troops.", "Iraq hosts troops.") == 1.0


def test_align_sentences_pairs_in_order_above_threshold():
    aligned = framing.align_sentences(SENTENCES, "a", "b")
    assert aligned[["first_no", "second_no"]].values.tolist() == [[1, 1], [3, 2]]
    assert (aligned["similarity"] >= 0.3).all()
    assert framing.align_sentences(SENTENCES, "a", "b", threshold=0.99).empty
    with pytest.raises(ValueError, match="no sentences for article 'c'"):
        framing.align_sentences(SENTENCES, "a", "c")


def test_word_diff_and_diff_html_escape():
    diff = framing.word_diff("its arch-foe Israel attacked", "its arch-rival Israel")
    assert diff.values.tolist() == [["replaced", "arch-foe", "arch-rival"], ["removed", "attacked", ""]]
    assert framing.word_diff("same words", "same words").empty
    html = framing.diff_html("a <b> c", "a <i> c")
    assert ">b</del>" in html and ">i</ins>" in html  # words only: the tokenizer drops the angle brackets
    html = framing.diff_html("Tom & Jerry", "Tom & Jerry's")
    assert "&" not in html.replace("&#x27;", "").replace("&amp;", "") and "<del" in html


def test_frame_shifts_finds_swapped_variants():
    aligned = framing.align_sentences(SENTENCES, "a", "b")
    shifts = framing.frame_shifts(aligned, LEXICON)
    assert shifts[["concept", "first_variant", "second_variant"]].values.tolist() == [
        ["war", "Israel's war on Palestinians", "Israel-Hamas war"]
    ]
    with pytest.raises(ValueError, match="lexicon table has no column"):
        framing.frame_shifts(aligned, pd.DataFrame({"concept": []}))


def test_similarity_heatmap_and_description():
    matrix = pd.DataFrame([[1, 0.2], [0.2, 1]], index=["a", "b"], columns=["a", "b"])
    ax = framing.plot_similarity_heatmap(matrix, title="Overlap")
    assert ax.get_xlabel() == "Article" and ax.figure.axes[-1].get_ylabel() == "Jaccard similarity"
    plt.close("all")
    assert "a and b 0.200" in framing.describe_similarity(matrix)
    with pytest.raises(ValueError, match="square"):
        framing.plot_similarity_heatmap(pd.DataFrame({"a": [1, 2]}), title="x")


def _random_story(seed: int, articles: int) -> pd.DataFrame:
    rng = random.Random(seed)
    vocabulary = ["iraq", "iran", "visit", "talks", "said", "the", "troops", "deal", "oil", "border"]
    texts = [
        " ".join(rng.choice(vocabulary[: rng.randint(3, 10)]) for _ in range(rng.randint(0, 30)))
        for _ in range(articles)
    ]
    return pd.DataFrame({"article_id": [f"a{n:02d}" for n in range(articles)], "text": texts})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_most_similar_pairs_equals_the_full_table_in_small_blocks(seed, monkeypatch):
    """Many ties, empty articles and block edges: the block-by-block result is the full table's, order included."""
    story = _random_story(seed, 23)
    expected = framing.closest_pairs(framing.similarity_matrix(story, size=2), top=40)
    monkeypatch.setattr(framing.reuse, "BLOCK_CELLS", 50)  # two rows at a time
    pd.testing.assert_frame_equal(framing.most_similar_pairs(story, size=2, top=40), expected)
    pd.testing.assert_frame_equal(
        framing.most_similar_pairs(story, size=2, top=1000),
        framing.closest_pairs(framing.similarity_matrix(story, size=2), top=1000),
    )


def test_most_similar_pairs_bad_input_and_small_stories():
    one = pd.DataFrame({"article_id": ["a"], "text": ["only one article here"]})
    assert framing.most_similar_pairs(one).empty
    with pytest.raises(ValueError, match="top must be a whole number"):
        framing.most_similar_pairs(one, top=0)
    with pytest.raises(ValueError, match="no column"):
        framing.most_similar_pairs(pd.DataFrame({"text": ["x"]}))


def test_shingle_matrix_marks_each_articles_shingles_once():
    story = pd.DataFrame({"article_id": ["a", "b"], "text": ["one two three one two three", "four"]})
    matrix = framing.shingle_matrix(story, size=3)
    assert matrix.shape == (2, 3) and matrix.getnnz(axis=1).tolist() == [3, 0] and matrix.max() == 1


# Quotations left out, containment, the four-way pair table and the order-free match.


def test_outside_quotations_and_shingles_without_quotations():
    text = 'Araqchi said "we have several co-operation areas" on Wednesday in Baghdad.'
    assert [piece.strip(' "') for piece in framing.reuse.outside_quotations(text)] == [
        "Araqchi said",
        "on Wednesday in Baghdad.",
    ]
    assert framing.shingles(text, size=3, quotations=False) == {
        ("on", "wednesday", "in"),
        ("wednesday", "in", "baghdad"),
    }
    assert ("said", "we", "have") in framing.shingles(text, size=3)  # by default a run may cross a quotation mark
    assert framing.shingles("No quotation marks here at all", size=2, quotations=False) == framing.shingles(
        "No quotation marks here at all", size=2
    )
    # a quotation that runs over two paragraphs (no closing mark on the first) is left out whole
    continued = "He said: “We will sign\n\n“and we will meet them.” Talks ended late"
    assert framing.shingles(continued, size=2, quotations=False) == {
        ("he", "said"),
        ("talks", "ended"),
        ("ended", "late"),
    }


def test_outside_quotations_bad_and_empty_input():
    assert framing.reuse.outside_quotations("") == []
    assert framing.reuse.outside_quotations('"All of it is quoted."') == []
    assert framing.shingles('"All of it is quoted here"', size=2, quotations=False) == set()
    assert framing.shingles("", size=5, quotations=False) == set()
    with pytest.raises(TypeError, match="as a string"):
        framing.reuse.outside_quotations(None)
    with pytest.raises(ValueError, match="size must be"):
        framing.shingles("text", size=0, quotations=False)


def test_containment_divides_by_the_smaller_set():
    assert framing.reuse.containment({1, 2}, {1, 2, 3, 4}) == 1.0
    assert framing.reuse.containment({1, 2, 3, 4}, {1, 2}) == 1.0  # symmetric
    assert framing.reuse.containment({1, 2, 3, 4}, {4, 5}) == 0.5
    assert framing.reuse.containment(set(), {1}) == 0.0 and framing.reuse.containment(set(), set()) == 0.0
    short, long = "Iraq hosts 2,500 US troops", "Officials said Iraq hosts 2,500 US troops and many more things besides"
    assert framing.reuse.containment(framing.shingles(short, 3), framing.shingles(long, 3)) == 1.0
    assert framing.jaccard(framing.shingles(short, 3), framing.shingles(long, 3)) < 0.5
    with pytest.raises(TypeError, match="two sets"):
        framing.reuse.containment(["a"], {"a"})


def test_similarity_matrix_measures_and_quotations():
    articles = pd.DataFrame({"article_id": ["x", "y", "z"], "text": ['a b c d "e f g h"', 'a b c x "e f g h"', ""]})
    jaccard = framing.similarity_matrix(articles, size=2)
    contained = framing.similarity_matrix(articles, size=2, measure="containment")
    unquoted = framing.similarity_matrix(articles, size=2, measure="containment", quotations=False)
    assert jaccard.loc["x", "y"] == pytest.approx(5 / 9) and contained.loc["x", "y"] == pytest.approx(5 / 7)
    assert unquoted.loc["x", "y"] == pytest.approx(2 / 3)  # a b, b c shared of a b, b c, c d
    assert (
        contained.loc["x", "z"] == 0 and (contained.to_numpy().diagonal() == 1).all()
    )  # an empty text contains nothing
    with pytest.raises(ValueError, match="measure must be one of jaccard, containment"):
        framing.similarity_matrix(articles, measure="cosine")


@pytest.mark.parametrize("seed", [4, 5])
@pytest.mark.parametrize("measure", ["jaccard", "containment"])
def test_most_similar_pairs_with_a_measure_equals_the_full_table(seed, measure, monkeypatch):
    story = _random_story(seed, 17)
    expected = framing.closest_pairs(
        framing.similarity_matrix(story, size=2, measure=measure, quotations=False), top=30
    )
    monkeypatch.setattr(framing.reuse, "BLOCK_CELLS", 40)
    pd.testing.assert_frame_equal(
        framing.most_similar_pairs(story, size=2, top=30, measure=measure, quotations=False), expected
    )
    with pytest.raises(ValueError, match="measure must be one of"):
        framing.most_similar_pairs(story, measure="dice")


def test_pair_measures_agrees_with_the_matrices():
    articles = pd.DataFrame(
        {
            "article_id": ["x", "y", "z"],
            "text": ['He said "we will sign" in Baghdad', 'She said "we will sign" in Baghdad', ""],
        }
    )
    table = framing.reuse.pair_measures(articles, size=2)
    assert table[["first", "second"]].values.tolist() == [["x", "y"], ["x", "z"], ["y", "z"]]
    for measure in ("jaccard", "containment"):
        for quotations, column in ((True, measure), (False, measure + "_no_quotes")):
            matrix = framing.similarity_matrix(articles, size=2, measure=measure, quotations=quotations)
            assert table[column].tolist() == pytest.approx(
                [matrix.loc[a, b] for a, b in table[["first", "second"]].values]
            )
    assert table.loc[0, "shared"] == 5 and table.loc[0, "shared_no_quotes"] == 1
    assert framing.reuse.pair_measures(articles.iloc[:1]).empty  # one article: no pairs
    with pytest.raises(ValueError, match="no column"):
        framing.reuse.pair_measures(pd.DataFrame({"text": ["x"]}))


MOVED = pd.DataFrame(
    {
        "article_id": ["a"] * 3 + ["b"] * 3,
        "sentence_no": [1, 2, 3, 1, 2, 3],
        "sentence": [
            "Iraq hosts 2,500 US troops and Iran-backed militias.",
            "The weather was mild in Baghdad.",
            "Foreign minister Araqchi listed political and security co-operation areas.",
            "Araqchi named areas of co-operation with Baghdad.",
            "Iraq is home to 2,500 US troops and militias supported by Iran.",
            "Officials expect more talks next week.",
        ],
    }
)


def test_match_sentences_finds_a_moved_sentence_the_ordered_alignment_misses():
    aligned = framing.align_sentences(MOVED, "a", "b")
    matched = framing.reuse.match_sentences(MOVED, "a", "b")
    assert aligned[["first_no", "second_no"]].values.tolist() == [[1, 2]]
    assert matched[["first_no", "second_no", "in_alignment"]].values.tolist() == [[3, 1, False], [1, 2, True]]
    assert list(matched.columns) == [
        "first_no",
        "second_no",
        "similarity",
        "in_alignment",
        "first_sentence",
        "second_sentence",
    ]
    assert (matched["similarity"] >= 0.3).all()


def test_match_sentences_lets_two_sentences_share_a_partner_and_keeps_the_earliest_tie():
    split = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "sentence_no": [1, 2, 1, 2],
            "sentence": [
                "Iraq hosts troops and militias.",
                "Iraq hosts troops and militias.",
                "Iraq hosts troops.",
                "Iraq hosts militias.",
            ],
        }
    )
    matched = framing.reuse.match_sentences(split, "a", "b")
    assert matched[["first_no", "second_no"]].values.tolist() == [[1, 1], [1, 2]]


def test_match_sentences_bad_input_one_sentence_and_no_partner():
    one = pd.DataFrame(
        {"article_id": ["a", "b"], "sentence_no": [1, 1], "sentence": ["Iraq hosts troops.", "Iraq hosts troops."]}
    )
    assert framing.reuse.match_sentences(one, "a", "b")[["first_no", "second_no", "similarity"]].values.tolist() == [
        [1, 1, 1.0]
    ]
    empty_words = pd.DataFrame({"article_id": ["a", "b"], "sentence_no": [1, 1], "sentence": ["", "The of and."]})
    assert framing.reuse.match_sentences(empty_words, "a", "b").empty  # no content words: no partner, no error
    assert framing.reuse.match_sentences(MOVED, "a", "b", threshold=1.0).empty
    with pytest.raises(ValueError, match="no sentences for article 'c'"):
        framing.reuse.match_sentences(MOVED, "a", "c")
    for threshold in (0, 1.5, "0.3", True):
        with pytest.raises(ValueError, match="threshold must be"):
            framing.reuse.match_sentences(MOVED, "a", "b", threshold=threshold)
    with pytest.raises(ValueError, match="no column"):
        framing.reuse.match_sentences(pd.DataFrame({"article_id": ["a"]}), "a", "a")


def test_article_with_empty_text_has_no_sentences_to_match():
    story = framing.split_sentences(pd.DataFrame({"article_id": ["a", "b"], "text": ["Iraq hosts troops.", ""]}))
    with pytest.raises(ValueError, match="no sentences for article 'b'"):
        framing.reuse.match_sentences(story, "a", "b")
