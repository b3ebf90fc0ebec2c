"""framing: small, tested tools for comparing how news articles frame one story.

The course notebooks show each idea in a few lines and call these functions to
apply it to every article. Nothing here downloads anything.

>>> import framing
>>> framing.tokenize("Iran-backed militias")
['Iran-backed', 'militias']
"""

from framing.charts import describe_presence_grid, describe_values, plot_presence_grid
from framing.cleaning import RULES, classify_line, clean_articles, clean_text, non_article_lines
from framing.loading import ArticleLoadError, load_articles
from framing.patterns import PatternFileError, find_pattern, load_pattern_table
from framing.selection import fact_coverage, find_facts, load_facts
from framing.sentences import split_sentences, split_text
from framing.style import OKABE_ITO, PALETTE, article_colours, use_course_style
from framing.words import article_lengths, tokenize

__all__ = [
    "ArticleLoadError",
    "OKABE_ITO",
    "PALETTE",
    "PatternFileError",
    "RULES",
    "article_colours",
    "article_lengths",
    "classify_line",
    "clean_articles",
    "clean_text",
    "describe_presence_grid",
    "describe_values",
    "fact_coverage",
    "find_facts",
    "find_pattern",
    "load_articles",
    "load_facts",
    "load_pattern_table",
    "non_article_lines",
    "plot_presence_grid",
    "split_sentences",
    "split_text",
    "tokenize",
    "use_course_style",
]
