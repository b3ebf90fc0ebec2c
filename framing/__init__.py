"""framing: small, tested tools for comparing how news articles frame one story.

The course notebooks show each idea in a few lines and call these functions to
apply it to every article. Nothing here downloads anything.

>>> import framing
>>> framing.tokenize("Iran-backed militias")
['Iran-backed', 'militias']
"""

from framing.agreement import HandCodingError, accuracy, cohen_kappa, confusion_table, load_hand_codes
from framing.charts import (
    describe_distinctive_words,
    describe_sentence_scores,
    describe_presence_grid,
    describe_values,
    describe_variant_counts,
    plot_distinctive_words,
    plot_presence_grid,
    plot_sentence_scores,
    plot_article_words,
    describe_article_words,
    plot_similarity_heatmap,
    describe_similarity,
    plot_variant_counts,
)
from framing.attribution import (
    HEDGES,
    assign_groups,
    compare_with_gold,
    find_attributions,
    find_hedges,
    load_speaker_groups,
    precision_recall,
    same_speaker,
    verb_counts,
)
from framing.credits import find_credits
from framing.cleaning import RULES, classify_line, clean_articles, clean_text, non_article_lines
from framing.highlight import highlight_html, side_by_side_html
from framing.capstone import (
    NotEnough,
    align_closest_pair,
    closest_pairs_in_story,
    distinctive_words_by_article,
    pack_story_folder,
    speakers_by_article,
)
from framing.kwic import kwic
from framing.lexicon import articles_using, load_lexicon, match_lexicon, quoted_spans, variant_table
from framing.loading import ArticleLoadError, load_articles
from framing.log_odds import WordCountMatrix, count_words, distinctive_words, log_odds_ratio, word_counts
from framing.patterns import PatternFileError, find_pattern, load_pattern_table
from framing.selection import fact_coverage, find_facts, load_facts
from framing.reuse import (
    align_sentences,
    closest_pairs,
    content_words,
    diff_html,
    frame_shifts,
    jaccard,
    most_similar_pairs,
    sentence_similarity,
    shingle_matrix,
    shingles,
    similarity_matrix,
    word_diff,
)
from framing.sentences import split_sentences, split_text
from framing.sentiment import (
    LABELS,
    NEUTRAL_BAND,
    load_actors,
    scored_words,
    sentence_sentiment,
    sentiment_by_actor,
    sentiment_by_article,
    story_sentiment,
    textblob_scores,
    to_label,
    vader_compound,
    vader_scored_words,
    with_counts,
)
from framing.story import check_story_folder, story_folder, story_warnings, warn_about_story
from framing.style import OKABE_ITO, PALETTE, article_colours, use_course_style
from framing.words import article_lengths, tokenize

__all__ = [
    "describe_article_words",
    "plot_article_words",
    "accuracy",
    "align_sentences",
    "article_colours",
    "article_lengths",
    "ArticleLoadError",
    "articles_using",
    "assign_groups",
    "check_story_folder",
    "classify_line",
    "clean_articles",
    "clean_text",
    "closest_pairs",
    "cohen_kappa",
    "compare_with_gold",
    "confusion_table",
    "content_words",
    "count_words",
    "describe_distinctive_words",
    "describe_presence_grid",
    "describe_sentence_scores",
    "describe_similarity",
    "describe_values",
    "describe_variant_counts",
    "diff_html",
    "distinctive_words",
    "most_similar_pairs",
    "NotEnough",
    "align_closest_pair",
    "closest_pairs_in_story",
    "distinctive_words_by_article",
    "pack_story_folder",
    "speakers_by_article",
    "shingle_matrix",
    "WordCountMatrix",
    "fact_coverage",
    "find_attributions",
    "find_credits",
    "find_facts",
    "find_hedges",
    "find_pattern",
    "frame_shifts",
    "HandCodingError",
    "HEDGES",
    "highlight_html",
    "jaccard",
    "kwic",
    "LABELS",
    "load_actors",
    "load_articles",
    "load_facts",
    "load_hand_codes",
    "load_lexicon",
    "load_pattern_table",
    "load_speaker_groups",
    "log_odds_ratio",
    "match_lexicon",
    "NEUTRAL_BAND",
    "non_article_lines",
    "OKABE_ITO",
    "PALETTE",
    "PatternFileError",
    "plot_distinctive_words",
    "plot_presence_grid",
    "plot_sentence_scores",
    "plot_similarity_heatmap",
    "plot_variant_counts",
    "precision_recall",
    "quoted_spans",
    "RULES",
    "same_speaker",
    "scored_words",
    "sentence_sentiment",
    "sentence_similarity",
    "sentiment_by_actor",
    "sentiment_by_article",
    "shingles",
    "side_by_side_html",
    "similarity_matrix",
    "split_sentences",
    "split_text",
    "story_folder",
    "story_sentiment",
    "story_warnings",
    "textblob_scores",
    "to_label",
    "tokenize",
    "use_course_style",
    "vader_compound",
    "vader_scored_words",
    "warn_about_story",
    "variant_table",
    "verb_counts",
    "with_counts",
    "word_counts",
    "word_diff",
]
