"""The course's own tables, built once per test session and shared by every test that only reads them.

Each table is computed the first time a test asks for it, exactly as the lessons compute it, then kept. Tests read
these tables and never change them; a test that needs to change a table works on a ``.copy()``.

    from course_story import course_story
    course_story().sentences      # the five articles' sentences, as every lesson numbers them
"""

from __future__ import annotations

import functools
from functools import cached_property

import pandas as pd

import framing
from paths import STORY_DIR


class CourseStory:
    """The five articles and every table the lessons build from them (computed on first use)."""

    folder = STORY_DIR

    @cached_property
    def articles(self) -> pd.DataFrame:
        return framing.load_articles(STORY_DIR)

    @cached_property
    def clean(self) -> pd.DataFrame:
        return framing.clean_articles(self.articles)

    @cached_property
    def ids(self) -> list[str]:
        return list(self.clean["article_id"])

    @cached_property
    def text(self) -> pd.Series:
        """Each article's cleaned text, by article id."""
        return self.clean.set_index("article_id")["text"]

    @cached_property
    def removed(self) -> pd.DataFrame:
        return framing.non_article_lines(self.articles)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        return framing.split_sentences(self.clean)

    @cached_property
    def sentence(self) -> pd.Series:
        """One sentence by (article_id, sentence_no)."""
        return self.sentences.set_index(["article_id", "sentence_no"])["sentence"]

    @cached_property
    def lengths(self) -> pd.DataFrame:
        return framing.article_lengths(self.clean, self.sentences)

    @cached_property
    def facts(self) -> pd.DataFrame:
        return framing.load_facts(STORY_DIR / "facts.csv")

    @cached_property
    def found(self) -> pd.DataFrame:
        return framing.find_facts(self.sentences, self.facts)

    @cached_property
    def coverage(self) -> pd.DataFrame:
        return framing.fact_coverage(self.found, self.facts, self.clean["article_id"])

    @cached_property
    def lexicon(self) -> pd.DataFrame:
        return framing.load_lexicon(STORY_DIR / "word-choice.csv")

    @cached_property
    def counts(self) -> pd.DataFrame:
        return framing.word_counts(self.clean)

    @cached_property
    def scores(self) -> pd.DataFrame:
        """TextBlob and VADER for every sentence (lesson 03)."""
        return framing.sentence_sentiment(self.sentences)

    @cached_property
    def codes(self) -> pd.DataFrame:
        """The course's hand codes of sentiment (lesson 03)."""
        return framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", self.sentences)

    @cached_property
    def attributions(self) -> pd.DataFrame:
        return framing.find_attributions(self.clean)

    @cached_property
    def statements(self) -> pd.DataFrame:
        """Distinct statements with their speaker group (lesson 04)."""
        statements = framing.distinct_statements(self.attributions)
        groups = framing.load_speaker_groups(STORY_DIR / "speaker-groups.csv")
        return statements.assign(group=framing.assign_groups(statements, groups))

    @cached_property
    def voices(self) -> pd.DataFrame:
        """Statements per speaker group and article (lesson 04)."""
        crosstab = pd.crosstab(self.statements["group"], self.statements["article_id"])
        return crosstab.reindex(columns=self.ids, fill_value=0)


@functools.cache
def course_story() -> CourseStory:
    """The one shared :class:`CourseStory` of this test session."""
    return CourseStory()
