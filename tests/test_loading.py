"""load_articles: the happy path, and a clear ArticleLoadError for every bad input."""

import warnings

import pytest

import framing
from framing import ArticleLoadError, load_articles
from framing.loading import normalise_newlines

GOOD = "Iraq hosts 2,500 US troops.\n"


def test_loads_rows_in_csv_order_with_metadata_and_text(make_story):
    folder = make_story(
        {"b.txt": "Second.\n", "a.txt": "First.\n"},
        csv="article_id,file,outlet,date\nsecond,b.txt,Paper B,2024-09-11\nfirst,a.txt,,\n",
    )
    articles = load_articles(folder)
    assert list(articles.columns) == ["article_id", "file", "outlet", "date", "text"]
    assert list(articles["article_id"]) == ["second", "first"]
    assert articles.loc[0, "outlet"] == "Paper B"
    assert articles.loc[1, "outlet"] == ""  # blank metadata is an empty string, not NaN
    assert articles.loc[1, "text"] == "First.\n"
    assert list(articles.index) == [0, 1]


def test_accepts_a_string_path_and_ids_with_spaces_around(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\n  a  , a.txt \n")
    assert load_articles(str(folder))["article_id"].tolist() == ["a"]


def test_byte_order_mark_and_crlf_are_normalised(make_story):
    folder = make_story({"a.txt": b"\xef\xbb\xbfLine one.\r\nLine two.\rLine three.\r\n"},
                        csv=b"\xef\xbb\xbfarticle_id,file\r\na,a.txt\r\n")
    text = load_articles(folder).loc[0, "text"]
    assert text == "Line one.\nLine two.\nLine three.\n"


def test_normalise_newlines_leaves_other_text_alone():
    assert normalise_newlines("a\u2019s \u201cquote\u201d\n") == "a\u2019s \u201cquote\u201d\n"


def test_unlisted_text_file_gives_a_warning_not_an_error(make_story):
    folder = make_story({"a.txt": GOOD, "stray.txt": GOOD}, csv="article_id,file\na,a.txt\n")
    with pytest.warns(UserWarning, match=r"stray\.txt: not listed"):
        articles = load_articles(folder)
    assert len(articles) == 1


def test_no_warning_when_every_text_is_listed(make_story):
    folder = make_story({"a.txt": GOOD})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_articles(folder)


def test_files_in_a_subfolder_are_allowed(make_story):
    folder = make_story({"texts/a.txt": GOOD}, csv="article_id,file\na,texts/a.txt\n")
    assert load_articles(folder).loc[0, "text"] == GOOD


def test_error_is_a_value_error():
    assert issubclass(ArticleLoadError, ValueError)
    assert framing.ArticleLoadError is ArticleLoadError


# --- bad input: each raises ArticleLoadError naming the file and the problem ---

def test_missing_folder(tmp_path):
    with pytest.raises(ArticleLoadError, match=r"nowhere: story folder not found"):
        load_articles(tmp_path / "nowhere")


def test_folder_that_is_a_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(GOOD)
    with pytest.raises(ArticleLoadError, match=r"story\.txt: not a folder"):
        load_articles(path)


def test_missing_articles_csv(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: missing"):
        load_articles(tmp_path)


@pytest.mark.parametrize("content", ["", "\n\n", "   "])
def test_empty_articles_csv(make_story, content):
    folder = make_story({"a.txt": GOOD}, csv=content)
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: the file is empty"):
        load_articles(folder)


def test_articles_csv_with_only_a_header(make_story):
    folder = make_story({}, csv="article_id,file\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: no articles listed"):
        load_articles(folder)


@pytest.mark.parametrize(
    "header, missing", [("id,file", "article_id"), ("article_id,path", "file"), ("title,date", "article_id, file")]
)
def test_missing_required_columns(make_story, header, missing):
    folder = make_story({"a.txt": GOOD}, csv=f"{header}\na,a.txt\n")
    with pytest.raises(ArticleLoadError, match=rf"articles\.csv: missing required column\(s\) {missing}"):
        load_articles(folder)


def test_duplicate_article_id(make_story):
    folder = make_story({"a.txt": GOOD, "b.txt": GOOD}, csv="article_id,file\nx,a.txt\nx,b.txt\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: line 3: duplicate article_id 'x' \(first used on line 2\)"):
        load_articles(folder)


def test_blank_article_id(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\n  ,a.txt\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: line 2: article_id is blank"):
        load_articles(folder)


def test_blank_file(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: line 2: file is blank for article 'a'"):
        load_articles(folder)


def test_listed_file_does_not_exist(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,a.txt\nb,missing.txt\n")
    with pytest.raises(ArticleLoadError, match=r"missing\.txt: file listed for article 'b' in articles\.csv does not exist"):
        load_articles(folder)


@pytest.mark.parametrize("content", ["", "\n", "  \n\t\n", "\ufeff"])
def test_empty_text(make_story, content):
    folder = make_story({"a.txt": content})
    with pytest.raises(ArticleLoadError, match=r"a\.txt: the text of article 'a' is empty"):
        load_articles(folder)


def test_text_that_is_not_utf8_says_where(make_story):
    folder = make_story({"a.txt": "First line.\nCaf".encode() + b"\xe9 au lait.\n"})
    with pytest.raises(ArticleLoadError, match=r"a\.txt: not UTF-8 text: byte 0xe9 at line 2, column 4 \(byte offset 15\)"):
        load_articles(folder)


def test_articles_csv_that_is_not_utf8(make_story):
    folder = make_story({"a.txt": GOOD}, csv=b"article_id,file,outlet\na,a.txt,Caf\xe9\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: not UTF-8 text: byte 0xe9 at line 2"):
        load_articles(folder)


@pytest.mark.parametrize("path", ["../outside.txt", "sub/../../outside.txt"])
def test_file_path_that_leaves_the_folder(make_story, tmp_path, path):
    (tmp_path / "outside.txt").write_text(GOOD)
    folder = make_story({"a.txt": GOOD}, csv=f"article_id,file\na,{path}\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: file '.*outside\.txt' for article 'a' is outside the story folder"):
        load_articles(folder)


def test_absolute_file_path_is_refused(make_story, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD)
    folder = make_story({"a.txt": GOOD}, csv=f"article_id,file\na,{outside}\n")
    with pytest.raises(ArticleLoadError, match=r"is outside the story folder"):
        load_articles(folder)


def test_symlink_out_of_the_folder_is_refused(make_story, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD)
    folder = make_story({"a.txt": GOOD})
    (folder / "link.txt").symlink_to(outside)
    (folder / "articles.csv").write_text("article_id,file\na,link.txt\n")
    with pytest.raises(ArticleLoadError, match=r"outside the story folder"):
        load_articles(folder)


def test_reserved_column_name(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file,text\na,a.txt,oops\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: column name\(s\) text are reserved"):
        load_articles(folder)


def test_repeated_column_name(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file,date,date\na,a.txt,1,2\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: column name\(s\) used twice: date"):
        load_articles(folder)


def test_row_with_the_wrong_number_of_fields(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file,outlet\na,a.txt\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: line 2 has 2 fields, the header has 3"):
        load_articles(folder)


def test_malformed_csv(make_story):
    folder = make_story({"a.txt": GOOD}, csv='article_id,file\na,"a.txt\n')
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: not valid CSV"):
        load_articles(folder)


def test_every_problem_is_reported_at_once(make_story):
    folder = make_story({"a.txt": "", "c.txt": GOOD}, csv="article_id,file\na,a.txt\nb,missing.txt\nc,c.txt\nc,c.txt\n")
    with pytest.raises(ArticleLoadError) as raised:
        load_articles(folder)
    problems = raised.value.problems
    assert len(problems) == 3, problems
    assert str(raised.value).startswith("3 problems:")
    assert any("a.txt" in p and "empty" in p for p in problems)
    assert any("missing.txt" in p for p in problems)
    assert any("duplicate article_id 'c'" in p for p in problems)


def test_a_failed_load_changes_no_file(make_story):
    folder = make_story({"a.txt": b"\xef\xbb\xbfOK.\r\n", "b.txt": b"bad \xff"}, csv="article_id,file\na,a.txt\nb,b.txt\n")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(ArticleLoadError):
        load_articles(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
