"""framing: small, tested tools for comparing how news articles frame one story.

The course notebooks show each idea in a few lines and call these functions to
apply it to every article. Nothing here downloads anything.

>>> import framing
>>> framing.tokenize("Iran-backed militias")
['Iran-backed', 'militias']
"""

from framing.charts import (
    describe_distinctive_words,
    describe_presence_grid,
    describe_values,
    describe_variant_counts,
    plot_distinctive_words,
    plot_presence_grid,
    plot_variant_counts,
)
from framing.cleaning import RULES, classify_line, clean_articles, clean_text, non_article_lines
from framing.highlight import highlight_html, side_by_side_html
from framing.kwic import kwic
from framing.lexicon import articles_using, load_lexicon, match_lexicon, quoted_spans, variant_table
from framing.loading import ArticleLoadError, load_articles
from framing.log_odds import distinctive_words, log_odds_ratio, word_counts
from framing.patterns import PatternFileError, find_pattern, load_pattern_table
from framing.selection import fact_coverage, find_facts, load_facts
from framing.sentences import split_sentences, split_text
from framing.style import OKABE_ITO, PALETTE, article_colours, use_course_style
from framing.words import article_lengths, tokenize

__all__ = [
    "article_colours",
    "article_lengths",
    "ArticleLoadError",
    "articles_using",
    "classify_line",
    "clean_articles",
    "clean_text",
    "describe_distinctive_words",
    "describe_presence_grid",
    "describe_values",
    "describe_variant_counts",
    "distinctive_words",
    "fact_coverage",
    "find_facts",
    "find_pattern",
    "highlight_html",
    "kwic",
    "load_articles",
    "load_facts",
    "load_lexicon",
    "load_pattern_table",
    "log_odds_ratio",
    "match_lexicon",
    "non_article_lines",
    "OKABE_ITO",
    "PALETTE",
    "PatternFileError",
    "plot_distinctive_words",
    "plot_presence_grid",
    "plot_variant_counts",
    "quoted_spans",
    "RULES",
    "side_by_side_html",
    "split_sentences",
    "split_text",
    "tokenize",
    "use_course_style",
    "variant_table",
    "word_counts",
]
