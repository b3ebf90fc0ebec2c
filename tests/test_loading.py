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
    folder = make_story(
        {"a.txt": b"\xef\xbb\xbfLine one.\r\nLine two.\rLine three.\r\n"},
        csv=b"\xef\xbb\xbfarticle_id,file\r\na,a.txt\r\n",
    )
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
    with pytest.raises(
        ArticleLoadError, match=r"articles\.csv: line 3: duplicate article_id 'x' \(first used on line 2\)"
    ):
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
    with pytest.raises(
        ArticleLoadError, match=r"missing\.txt: file listed for article 'b' in articles\.csv does not exist"
    ):
        load_articles(folder)


@pytest.mark.parametrize("content", ["", "\n", "  \n\t\n", "\ufeff"])
def test_empty_text(make_story, content):
    folder = make_story({"a.txt": content})
    with pytest.raises(ArticleLoadError, match=r"a\.txt: the text of article 'a' is empty"):
        load_articles(folder)


def test_text_that_is_not_utf8_says_where(make_story):
    folder = make_story({"a.txt": b"First line.\nCaf" + b"\xe9 au lait.\n"})
    with pytest.raises(
        ArticleLoadError, match=r"a\.txt: not UTF-8 text: byte 0xe9 at line 2, column 4 \(byte offset 15\)"
    ):
        load_articles(folder)


def test_articles_csv_that_is_not_utf8(make_story):
    folder = make_story({"a.txt": GOOD}, csv=b"article_id,file,outlet\na,a.txt,Caf\xe9\n")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: not UTF-8 text: byte 0xe9 at line 2"):
        load_articles(folder)


@pytest.mark.parametrize("path", ["../outside.txt", "sub/../../outside.txt"])
def test_file_path_that_leaves_the_folder(make_story, tmp_path, path):
    (tmp_path / "outside.txt").write_text(GOOD)
    folder = make_story({"a.txt": GOOD}, csv=f"article_id,file\na,{path}\n")
    with pytest.raises(
        ArticleLoadError, match=r"articles\.csv: file '.*outside\.txt' for article 'a' is outside the story folder"
    ):
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
    folder = make_story(
        {"a.txt": b"\xef\xbb\xbfOK.\r\n", "b.txt": b"bad \xff"}, csv="article_id,file\na,a.txt\nb,b.txt\n"
    )
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(ArticleLoadError):
        load_articles(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


# --- the file system's refusals, and the slips people make, each named in plain words ---

import errno  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from pathlib import Path  # noqa: E402

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "running as root: chmod 000 leaves files readable, so a permission error cannot happen"


def _problems(folder):
    with pytest.raises(ArticleLoadError) as raised:
        load_articles(folder)
    return raised.value.problems


def test_listed_symlink_loop(make_story):
    folder = make_story({"good.txt": GOOD}, csv="article_id,file\na,a.txt\ngood,good.txt\n")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    problems = _problems(folder)
    assert any("a.txt: is a symbolic link that leads back to itself (a link loop)" in p for p in problems), problems


def test_unlisted_symlink_loop_is_a_warning_not_a_crash(make_story):
    folder = make_story({"a.txt": GOOD})
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    with pytest.warns(
        UserWarning, match=r"loop\.txt: not listed in .*\(it is a symbolic link that leads back to itself"
    ):
        articles = load_articles(folder)
    assert articles["article_id"].tolist() == ["a"]


def test_story_folder_that_is_a_symlink_loop(tmp_path):
    (tmp_path / "story").symlink_to(tmp_path / "story")
    with pytest.raises(ArticleLoadError, match=r"story: is a symbolic link that leads back to itself"):
        load_articles(tmp_path / "story")


def test_nul_byte_in_the_file_column(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,a\x00.txt\n")
    with pytest.raises(
        ArticleLoadError,
        match=r"line 2: the file name for article 'a' contains an invisible control character \(U\+0000\)",
    ):
        load_articles(folder)


def test_file_name_over_255_bytes(make_story):
    name = "é" * 130 + ".txt"  # 264 bytes in UTF-8
    folder = make_story({"a.txt": GOOD}, csv=f"article_id,file\na,{name}\n")
    with pytest.raises(
        ArticleLoadError, match=r"line 2: the file name for article 'a' is too long: one part of it is 264 bytes"
    ):
        load_articles(folder)


def test_story_folder_name_over_255_bytes(tmp_path):
    with pytest.raises(ArticleLoadError, match=r"has a name that is too long for the file system"):
        load_articles(tmp_path / ("x" * 300))


@pytest.mark.skipif(IS_ROOT, reason=ROOT_REASON)
@pytest.mark.parametrize("target", ["a.txt", "articles.csv", "."])
def test_unreadable_file_or_folder(make_story, target):
    folder = make_story({"a.txt": GOOD})
    path = folder / target
    path.chmod(0)
    try:
        problems = _problems(folder)
    finally:
        path.chmod(0o755)
    assert any("permission denied" in p for p in problems), problems


def test_permission_error_while_reading_names_the_file(make_story, monkeypatch):
    """Runs as root too: the PermissionError is simulated."""
    folder = make_story({"a.txt": GOOD, "b.txt": GOOD})
    real = Path.read_bytes

    def refuse(self):
        if self.name == "b.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    problems = _problems(folder)
    assert problems == [
        f"{folder / 'b.txt'}: cannot be read: permission denied (you are not allowed to read it, or a folder it is in)"
    ]


def test_file_that_vanishes_before_it_is_read(make_story, monkeypatch):
    folder = make_story({"a.txt": GOOD})
    real = Path.read_bytes
    monkeypatch.setattr(
        Path,
        "read_bytes",
        lambda self: (_ for _ in ()).throw(FileNotFoundError(2, "gone")) if self.name == "a.txt" else real(self),
    )
    with pytest.raises(ArticleLoadError, match=r"a\.txt: disappeared before it could be read"):
        load_articles(folder)


def test_any_other_os_error_names_its_type_and_message(make_story, monkeypatch):
    folder = make_story({"a.txt": GOOD})
    monkeypatch.setattr(
        Path, "read_bytes", lambda self: (_ for _ in ()).throw(OSError(errno.EIO, "Input/output error"))
    )
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: could not be read \(OSError: Input/output error\)"):
        load_articles(folder)


def test_something_that_is_not_a_path():
    with pytest.raises(ArticleLoadError, match=r"needs the path of a story folder .* not NoneType"):
        load_articles(None)


@pytest.mark.parametrize("delimiter, described", [(";", "';'"), ("\t", "tabs")])
def test_semicolon_or_tab_separated_csv(make_story, delimiter, described):
    folder = make_story({"a.txt": GOOD}, csv=f"article_id{delimiter}file\na{delimiter}a.txt\n")
    with pytest.raises(ArticleLoadError) as raised:
        load_articles(folder)
    assert raised.value.problems == [
        f"{folder / 'articles.csv'} uses {described} between columns; the course needs commas (Save as 'CSV UTF-8 "
        "(comma delimited)')"
    ]


def test_curly_quotes_around_a_field(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file,headline\na,a.txt,“Iran, Iraq sign deals”\n")
    with pytest.raises(
        ArticleLoadError, match=r"line 2 has 4 fields, the header has 3; it puts curly \(typographic\) quotes"
    ):
        load_articles(folder)


@pytest.mark.parametrize(
    "on_disk, listed, suggestion",
    [
        ("a.txt.txt", "a.txt", "did you mean 'a.txt.txt'? (Windows hides extensions"),
        ("A.txt", "a.txt", "did you mean 'A.txt'? (the names differ in capital letters"),
        (unicodedata.normalize("NFD", "café.txt"), unicodedata.normalize("NFC", "café.txt"), "(NFC and NFD)"),
        ("texts/a.txt", "texts\\a.txt", "did you mean 'texts/a.txt'? (use / between a folder and a file"),
        ("visits-baghdad.txt", "visits-bagdad.txt", "did you mean 'visits-baghdad.txt'?"),
        ("texts/a.txt", "a.txt", "did you mean 'texts/a.txt'? (the file is in another folder)"),
    ],
)
def test_missing_file_suggests_the_nearest_one(make_story, on_disk, listed, suggestion):
    folder = make_story({on_disk: GOOD}, csv=f"article_id,file\na,{listed}\n")
    problems = _problems(folder)
    assert len(problems) == 1 and "does not exist; " in problems[0] and suggestion in problems[0], problems


def test_missing_file_with_nothing_near_gets_no_suggestion(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,a.txt\nb,zzzzzz.txt\n")
    problems = _problems(folder)
    assert problems[0].endswith("does not exist"), problems


def test_folder_not_found_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleLoadError) as raised:
        load_articles("data/my-story")
    message = str(raised.value)
    assert f"looked in {tmp_path / 'data' / 'my-story'}" in message
    assert f"the working folder, where the notebook runs, is {tmp_path}" in message
    assert "a path without '../' is read from the working folder" in message


@pytest.mark.parametrize(
    "content, kind",
    [
        (
            b"{\\rtf1\\ansi Iraq hosts troops.}",
            "is a Rich Text (RTF) file, not plain text; in your editor choose Save As > Plain Text (.txt), UTF-8",
        ),
        (b"PK\x03\x04\x14\x00rest of a docx", "is a Word document or another zipped file"),
        (b"%PDF-1.7\n...", "is a PDF file, not plain text"),
        ("Iraq hosts troops.".encode("utf-16"), "is UTF-16 text; save it as UTF-8"),
        ("Iraq hosts troops.".encode("utf-16-be"), "is UTF-16 text; save it as UTF-8"),
        (b"\xfe\xff" + "Iraq hosts troops.".encode("utf-16-be"), "is UTF-16 text; save it as UTF-8"),
    ],
)
def test_text_that_is_not_plain_utf8_names_its_kind(make_story, content, kind):
    folder = make_story({"a.txt": content})
    problems = _problems(folder)
    assert problems == [p for p in problems if "a.txt: " + kind in p] and problems, problems


def test_articles_csv_in_utf16(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,a.txt\n".encode("utf-16"))
    with pytest.raises(
        ArticleLoadError, match=r"articles\.csv: is UTF-16 text; save it as UTF-8 \(in your spreadsheet program"
    ):
        load_articles(folder)


def test_excel_trailing_empty_columns_are_ignored(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file,outlet,,,\na,a.txt,Paper,,,\n,,,,,\n")
    articles = load_articles(folder)
    assert list(articles.columns) == ["article_id", "file", "outlet", "text"]


def test_blank_column_name_in_the_middle(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,,file,,\na,x,a.txt,,\n")
    problems = _problems(folder)
    assert problems == [f"{folder / 'articles.csv'}: column 2 has no name"]


def test_articles_csv_listing_itself(make_story):
    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,a.txt\nb,articles.csv\n")
    with pytest.raises(
        ArticleLoadError, match=r"line 3: the file name for article 'b' is articles\.csv itself; it lists itself"
    ):
        load_articles(folder)


@pytest.mark.parametrize(
    "content, detail",
    [
        ("\u200b\u200b\n\ufeff", "only invisible characters such as U+200B ZERO WIDTH SPACE"),
        ("... --- !!!", "no letters or digits"),
    ],
)
def test_text_with_no_words(make_story, content, detail):
    folder = make_story({"a.txt": content})
    with pytest.raises(
        ArticleLoadError, match=rf"a\.txt: the text of article 'a' has no words \({re.escape(detail)}\)"
    ):
        load_articles(folder)


def test_listed_folder_instead_of_a_file(make_story):
    folder = make_story({"texts/a.txt": GOOD}, csv="article_id,file\na,texts\n")
    with pytest.raises(ArticleLoadError, match=r"texts: listed for article 'a', is a folder, not a text file"):
        load_articles(folder)


def test_nothing_is_half_loaded_and_every_problem_is_named(make_story):
    folder = make_story(
        {"good.txt": GOOD, "a.txt.txt": GOOD, "r.txt": b"{\\rtf1 x}"},
        csv="article_id,file\ngood,good.txt\na,a.txt\nr,r.txt\nn,n\x00.txt\n",
    )
    problems = _problems(folder)
    assert len(problems) == 3, problems
    assert [
        ("a.txt" in p and "did you mean" in p) or ("r.txt" in p and "RTF" in p) or "U+0000" in p for p in problems
    ] == [True] * 3


def test_unreadable_story_folder_simulated(make_story, monkeypatch):
    """Runs as root too: listing the folder's contents is refused, as for a folder with chmod 000."""
    folder = make_story({"a.txt": GOOD})
    real = Path.exists

    def refuse(self, *args, **kwargs):
        if self.parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "exists", refuse)
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: cannot be read: permission denied"):
        load_articles(folder)


# ------------------------------------------------------------------ problem codes: what the story check's advice keys on

CODED_CASES = [
    ({"a.txt": GOOD}, "article_id,file,text\na,a.txt,oops\n", ["reserved_column"]),
    ({"a.txt": GOOD}, "article_id,file,date,date\na,a.txt,1,2\n", ["column_used_twice"]),
    ({"a.txt": GOOD}, "article_id,file,outlet\na,a.txt\n", ["row_width"]),
    ({"a.txt": GOOD}, 'article_id,file\na,"a.txt\n', ["not_valid_csv"]),
    ({"a.txt": GOOD}, "article_id;file\na;a.txt\n", ["wrong_delimiter"]),
    ({"a.txt": GOOD}, "article_id,name\na,a.txt\n", ["missing_required_column"]),
    ({"a.txt": GOOD}, "article_id,file\n", ["no_articles"]),
    ({"a.txt": ""}, None, ["text_empty"]),
    ({"a.txt": "\u200b"}, None, ["no_words"]),
    ({"a.txt": b"\xff\xfeH\x00i\x00"}, None, ["utf16"]),
    ({"a.txt": b"caf\xe9"}, None, ["not_utf8"]),
    ({"a.txt": GOOD}, "article_id,file\na,b.txt\n", ["file_missing"]),
    ({"a.txt.txt": GOOD}, "article_id,file\na,a.txt\n", ["file_name_differs"]),
    ({"a.txt": GOOD}, "article_id,file\n,a.txt\na,\n", ["article_id_blank", "file_blank"]),
    ({"a.txt": GOOD}, "article_id,file\na,a.txt\na,a.txt\n", ["duplicate_article_id"]),
    ({"a.txt": GOOD}, "article_id,file\na,articles.csv\n", ["lists_itself"]),
]


@pytest.mark.parametrize("files, csv, codes", CODED_CASES, ids=lambda x: x[0] if isinstance(x, list) else None)
def test_each_problem_carries_its_code(make_story, files, csv, codes):
    folder = make_story(files, csv=csv)
    with pytest.raises(ArticleLoadError) as error:
        load_articles(folder)
    assert error.value.codes == codes, error.value.problems


def test_a_pipe_listed_as_an_article_is_refused_without_opening_it(make_story):
    import os
    import threading

    folder = make_story({"a.txt": GOOD}, csv="article_id,file\na,a.txt\nb,pipe.txt\n")
    os.mkfifo(folder / "pipe.txt")
    outcome = {}

    def load():
        try:
            load_articles(folder)
        except ArticleLoadError as error:
            outcome["codes"] = error.codes

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "loading hung on a pipe"
    assert outcome["codes"] == ["special_file"]


def test_every_problem_code_in_framing_has_advice():
    """Each Problem("code", ...) written in framing/ has an entry in the story check's FIXES, and each entry is used."""
    import re

    from framing.story import FIXES
    from paths import ROOT

    used = set()
    for path in (ROOT / "framing").glob("*.py"):
        used |= set(re.findall(r'Problem\(\s*"([a-z0-9_]+)"', path.read_text(encoding="utf-8")))
    used |= {"link_loop", "control_character", "permission_denied", "name_too_long", "disappeared", "is_a_folder"}
    used |= {"unreadable", "utf16", "utf32", "lists_itself", "no_words"}  # chosen by a helper, not written literally
    assert used - set(FIXES) == set(), f"codes with no advice in framing/story.py FIXES: {sorted(used - set(FIXES))}"
    assert set(FIXES) - used == set(), f"advice for codes no loader uses: {sorted(set(FIXES) - used)}"
