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
    {"concept": ["war", "war"], "variant": ["Israel's war on Palestinians", "Israel-Hamas war"], "pattern": [r"Israel['’]s war on Palestinians", "Israel-Hamas war"]}
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
    assert shifts[["concept", "first_variant", "second_variant"]].values.tolist() == [["war", "Israel's war on Palestinians", "Israel-Hamas war"]]
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
    texts = [" ".join(rng.choice(vocabulary[: rng.randint(3, 10)]) for _ in range(rng.randint(0, 30))) for _ in range(articles)]
    return pd.DataFrame({"article_id": [f"a{n:02d}" for n in range(articles)], "text": texts})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_most_similar_pairs_equals_the_full_table_in_small_blocks(seed, monkeypatch):
    """Many ties, empty articles and block edges: the block-by-block result is the full table's, order included."""
    story = _random_story(seed, 23)
    expected = framing.closest_pairs(framing.similarity_matrix(story, size=2), top=40)
    monkeypatch.setattr(framing.reuse, "BLOCK_CELLS", 50)  # two rows at a time
    pd.testing.assert_frame_equal(framing.most_similar_pairs(story, size=2, top=40), expected)
    pd.testing.assert_frame_equal(framing.most_similar_pairs(story, size=2, top=1000), framing.closest_pairs(framing.similarity_matrix(story, size=2), top=1000))


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
