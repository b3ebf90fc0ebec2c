"""check_story_folder never raises and names every problem; story_warnings names what will mislead."""

import shutil

import pytest

import framing
from framing import story
from framing.story import check_story_folder, language_warning, story_warnings, unmatched_pattern_hint, warn_about_story
from paths import ROOT, STORY_DIR

FIXTURE = ROOT / "tests" / "fixtures" / "other-story"
ENGLISH = (
    "The city closed the bridge on Monday after engineers found cracks in two of its supports, officials said. "
    "Shop owners near the bridge said that the closure would cost them customers for weeks.\n"
)

NOT_ENGLISH = {
    "arabic": "وصل الرئيس الإيراني إلى بغداد يوم الأربعاء في أول زيارة رسمية له إلى الخارج منذ انتخابه. "
    "وقال مسؤولون عراقيون إن الزيارة ستشمل توقيع عدة اتفاقيات في مجالات التجارة والطاقة والأمن. "
    "واستقبله رئيس الوزراء في المطار وسط إجراءات أمنية مشددة.",
    "persian": "رئیس جمهور ایران روز چهارشنبه در نخستین سفر خارجی خود پس از انتخاب شدن وارد بغداد شد. "
    "مقام‌های عراقی گفتند که در این سفر چند توافق‌نامه در زمینه تجارت، انرژی و امنیت امضا خواهد شد. "
    "نخست‌وزیر عراق در فرودگاه از او استقبال کرد.",
    "hebrew": "נשיא איראן הגיע ביום רביעי לבגדד בביקורו הרשמי הראשון בחו״ל מאז בחירתו. "
    "פקידים עיראקים אמרו כי במהלך הביקור ייחתמו כמה הסכמים בתחומי הסחר, האנרגיה והביטחון. "
    "ראש הממשלה קיבל את פניו בשדה התעופה תחת אבטחה כבדה.",
    "chinese": "伊朗总统周三抵达巴格达，这是他当选以来首次正式出访。伊拉克官员表示，访问期间双方将签署贸易、能源和安全领域的多项协议。"
    "伊拉克总理在机场迎接了他，现场安保严密。分析人士认为，这次访问显示了两国关系的重要性，也反映出地区局势的紧张。",
    "russian": "Президент Ирана прибыл в Багдад в среду с первым официальным зарубежным визитом после своего избрания. "
    "Иракские чиновники заявили, что в ходе визита будут подписаны несколько соглашений в области торговли, "
    "энергетики и безопасности. Премьер-министр встретил его в аэропорту.",
    "french": "Le président iranien est arrivé mercredi à Bagdad pour sa première visite officielle à l'étranger "
    "depuis son "
    "élection. Des responsables irakiens ont déclaré que plusieurs accords seraient signés pendant la visite, dans "
    "les domaines du commerce, de l'énergie et de la sécurité. Le Premier ministre l'a accueilli à l'aéroport.",
}


# --- never raises ---


@pytest.mark.parametrize("bad", [None, 42, "a\x00b", "x" * 300, ""])
def test_check_story_folder_never_raises_on_odd_input(bad):
    report = check_story_folder(bad)
    assert isinstance(report, str) and "is not ready" in report and "Traceback" not in report


def test_an_unexpected_error_becomes_a_problem_line(make_story, monkeypatch):
    folder = make_story({"a.txt": ENGLISH})
    monkeypatch.setattr(story, "load_articles", lambda folder: {}["boom"])
    report = check_story_folder(folder)
    assert "1. the check itself failed unexpectedly (KeyError: 'boom')" in report
    assert "How to fix it: This is a fault in the course's tools" in report


def test_every_problem_has_a_fix_and_no_private_path(make_story):
    folder = make_story(
        {"a.txt.txt": ENGLISH, "b.txt": b"{\\rtf1 x}", "c.txt": "\u200b"},
        csv="article_id,file\na,a.txt\nb,b.txt\nc,c.txt\nd,d\x00.txt\n",
    )
    report = check_story_folder(folder)
    assert "Problems found: 4." in report and report.count("How to fix it:") == 4
    assert ". a.txt: file listed for article 'a' in articles.csv does not exist; did you mean 'a.txt.txt'?" in report
    assert "How to fix it: Make the name in articles.csv and the file's name the same" in report
    assert "b.txt: is a Rich Text (RTF) file, not plain text" in report
    assert "c.txt: the text of article 'c' has no words (only invisible characters" in report
    assert "invisible control character (U+0000)" in report
    assert str(folder.parent) not in report


def test_not_found_report_shows_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = check_story_folder("my-story")
    assert f"looked in {tmp_path / 'my-story'}" in report and f"is {tmp_path})" in report


def test_semicolons_are_named_with_a_fix(make_story):
    folder = make_story({"a.txt": ENGLISH}, csv="article_id;file\na;a.txt\n")
    report = check_story_folder(folder)
    assert "1. articles.csv uses ';' between columns; the course needs commas" in report
    assert "missing required column" not in report and "CSV UTF-8 (comma delimited)" in report


def test_plural_agreement(make_story):
    one = make_story({"a.txt": ENGLISH}, name="one")
    assert "is ready: 1 article.\n" in check_story_folder(one)
    two = make_story({"a.txt": ENGLISH, "b.txt": ENGLISH}, name="two")
    assert "is ready: 2 articles." in check_story_folder(two)


# --- warnings: not English ---


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_mostly_not_english_is_named(language):
    note = language_warning("x", NOT_ENGLISH[language])
    assert note and note.startswith("'x' looks mostly not English") and "built for English" in note


def test_english_articles_are_not_flagged():
    for folder in (STORY_DIR, FIXTURE):
        articles = framing.load_articles(folder)
        assert [language_warning(a, t) for a, t in zip(articles["article_id"], articles["text"])] == [None] * len(
            articles
        )


def test_too_short_to_judge():
    assert language_warning("x", "Bonjour.") is None and language_warning("x", "") is None


def test_not_english_shows_as_a_note_in_the_report(make_story):
    folder = make_story({"en.txt": ENGLISH, "fa.txt": NOT_ENGLISH["persian"]})
    report = check_story_folder(folder)
    assert "is ready: 2 articles." in report and "Note: 'fa' looks mostly not English" in report
    assert "'en' looks" not in report


# --- warnings: cleaning ---


def test_cleaning_that_empties_an_article_is_named(make_story):
    folder = make_story({"a.txt": ENGLISH, "b.txt": "Iran Leader to Visit Kurdistan\nPhoto: AA\n"})
    notes = story_warnings(framing.load_articles(folder))
    assert notes == [
        "cleaning removes all the words of 'b': 2 lines, by the rule(s) heading (1 line), photo caption (1 line). "
        "Check them with framing.non_article_lines(articles); if they are article text, put each paragraph "
        "on its own line, or correct the headline or byline in articles.csv."
    ]


def test_cleaning_that_halves_an_article_is_named(make_story):
    caption = "Fighters stand guard at a checkpoint near the border crossing in the north. (AP Photo/Hadi Mizban)"
    folder = make_story({"a.txt": "Iraq hosts troops.\n" + "\n".join([caption] * 3) + "\n"})
    (note,) = story_warnings(framing.load_articles(folder))
    assert note.startswith(
        "cleaning removes 51 of the 54 words of 'a': 3 lines, by the rule(s) photo caption (3 lines)"
    )


def test_the_course_story_gives_no_note():
    articles = framing.load_articles(STORY_DIR)
    assert story_warnings(articles, STORY_DIR) == []
    assert story_warnings(framing.clean_articles(articles)) == []


# --- pattern files ---


def test_pattern_that_matches_nothing_is_named_with_a_hint(make_story):
    folder = make_story({"a.txt": "The deal is worth $2.3 million, officials said.\n"})
    (folder / "facts.csv").write_text(
        "fact_id,fact,pattern\ndeal,the deal,$2.3 million\nsaid,said,officials said\n", encoding="utf-8"
    )
    report = check_story_folder(folder)
    assert (
        "Note: facts.csv line 2 ('deal'): `$2.3 million` matches nothing: in a pattern `$` means 'end of text' and "
        "`.` means 'any character'; write `\\$2\\.3 million`"
    ) in report
    assert "line 3" not in report


def test_unmatched_pattern_hint_without_metacharacters():
    assert unmatched_pattern_hint("Gaza war") == "`Gaza war` matches nothing in any article."
    assert "means 'start of a group'" in unmatched_pattern_hint("(US) troops+")


def test_invalid_pattern_and_missing_columns_are_problems(make_story):
    folder = make_story({"a.txt": ENGLISH})
    (folder / "facts.csv").write_text("fact_id,fact,pattern\nx,x,(unclosed\n", encoding="utf-8")
    (folder / "word-choice.csv").write_text("concept,pattern\nwar,war\n", encoding="utf-8")
    report = check_story_folder(folder)
    assert "is not ready. Problems found: 2." in report
    assert "facts.csv: line 2: pattern '(unclosed' for 'x' is not a valid regular expression" in report
    assert (
        "word-choice.csv: line 1: missing column(s) variant" in report
        and "word-choice.csv needs concept, variant" in report
    )


def test_header_only_pattern_files_say_no_rows_yet(make_story):
    folder = make_story({"a.txt": ENGLISH, "b.txt": ENGLISH})
    for name in ("facts.csv", "word-choice.csv"):
        shutil.copy(ROOT / "data" / "story-template" / name, folder / name)
    report = check_story_folder(folder)
    assert "Note: facts.csv has no rows yet" in report and "Note: word-choice.csv has no rows yet" in report
    assert "Found facts.csv" in report


def test_template_pattern_files_load_empty():
    template = ROOT / "data" / "story-template"
    assert framing.load_facts(template / "facts.csv").empty
    assert framing.load_lexicon(template / "word-choice.csv").empty


def test_warn_about_story_raises_user_warnings(make_story):
    folder = make_story({"fr.txt": NOT_ENGLISH["french"]})
    with pytest.warns(UserWarning, match=r"'fr' looks mostly not English"):
        notes = warn_about_story(framing.load_articles(folder), folder)
    assert len(notes) == 1


def test_story_warnings_refuses_a_non_table():
    with pytest.raises(TypeError, match="expected a pandas DataFrame"):
        story_warnings(["not a table"])
