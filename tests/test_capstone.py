"""Lesson 07's steps on any story: a result when the story has what a step needs, plain words when not."""

import zipfile

import pandas as pd

import framing
from framing.capstone import NotEnough, align_closest_pair, articles_with_words, closest_pairs_in_story, distinctive_words_by_article, pack_story_folder


def story(*texts):
    return pd.DataFrame({"article_id": [f"a{n}" for n in range(len(texts))], "text": list(texts)})


def test_one_article_explains_what_is_missing():
    one = story("The council closed the bridge on Monday.")
    for result, step in ((distinctive_words_by_article(one), "Distinctive words"), (closest_pairs_in_story(one), "Shared text")):
        assert isinstance(result, NotEnough) and not result
        assert repr(result).startswith(f"{step} compares articles") and "this story has 1 article with words" in repr(result)
    aligned = align_closest_pair(framing.split_sentences(one), closest_pairs_in_story(one))
    assert isinstance(aligned, NotEnough) and "no pair of articles to align" in repr(aligned)


def test_an_empty_article_is_named_and_left_out():
    texts = story("Militias attacked the base, officials said.", "\u200b\u200b", "Officials said the base was quiet.")
    kept, empty = articles_with_words(texts)
    assert empty == ["a1"] and list(kept["article_id"]) == ["a0", "a2"]
    table = distinctive_words_by_article(texts, top=2)
    assert list(table.index) == ["a0", "a1", "a2"] and "no words after cleaning" in table.loc["a1", "most distinctive words"]
    assert closest_pairs_in_story(texts)[["first", "second"]].values.tolist() == [["a0", "a2"]]
    two = story("Militias attacked the base, officials said.", "   ")
    assert "(a1 has none after cleaning)" in repr(distinctive_words_by_article(two))


def test_alignment_of_the_closest_pair_or_why_not():
    texts = story("Iraq hosts 2,500 US troops. The visit began on Wednesday.", "Iraq hosts about 2,500 US troops. Talks began.", "Weather news only.")
    sentences = framing.split_sentences(texts)
    aligned = align_closest_pair(sentences, closest_pairs_in_story(texts, size=2))
    assert isinstance(aligned, pd.DataFrame) and aligned.loc[0, "first_no"] == 1
    unrelated = story("Apples grow in autumn orchards.", "Trains depart from the northern station.")
    result = align_closest_pair(framing.split_sentences(unrelated), closest_pairs_in_story(unrelated))
    assert isinstance(result, NotEnough) and "shares no rewritten sentences" in repr(result)
    assert "no pair of articles was compared" in repr(align_closest_pair(sentences, closest_pairs_in_story(texts).iloc[0:0]))


def test_pack_story_folder_writes_one_zip(tmp_path, monkeypatch):
    folder = tmp_path / "my-story"
    (folder / "texts").mkdir(parents=True)
    (folder / "articles.csv").write_text("article_id,file\na,texts/a.txt\n", encoding="utf-8")
    (folder / "texts" / "a.txt").write_text("Text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    message = pack_story_folder(folder, tmp_path / "downloads")
    assert message.startswith("Packed 2 files of the story folder 'my-story' into downloads/my-story.zip.")
    with zipfile.ZipFile(tmp_path / "downloads" / "my-story.zip") as archive:
        assert sorted(archive.namelist()) == ["my-story/articles.csv", "my-story/texts/a.txt"]
    assert pack_story_folder(tmp_path / "nowhere", tmp_path / "downloads").startswith("Nothing packed")


def test_speakers_by_article_or_why_not():
    found = framing.find_attributions(story("“We will rebuild,” said Mayor Ana Ruiz.", "Nothing was said here."))
    table = framing.speakers_by_article(found)
    assert table.loc["a0", "person"] == 1
    none = framing.speakers_by_article(framing.find_attributions(story("No one speaks.")))
    assert isinstance(none, NotEnough) and "No attributions found" in repr(none)


def test_agreement_with_hand_codes_and_rows_to_check():
    from paths import STORY_DIR

    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    table = framing.agreement_with_hand_codes(codes, framing.sentence_sentiment(sentences))
    assert table.loc["TextBlob", "accuracy"] == 0.41 and table.loc["VADER", "accuracy"] == 0.68 and table.loc["always 'negative'", "kappa"] == 0.0
    assert isinstance(framing.agreement_with_hand_codes(None, sentences), NotEnough)
    rows = framing.rows_to_check(framing.find_attributions(clean), rows=3)
    assert list(rows.index) == [1, 2, 3] and list(rows.columns) == ["speaker", "verb", "kind", "quote", "how"]
    assert framing.rows_to_check(framing.find_attributions(story("No one speaks."))).empty
