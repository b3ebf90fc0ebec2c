"""The story data: byte-identical to the seeds, checksummed, and loadable."""

import hashlib

import pytest

import framing
from paths import ROOT, STORY_DIR

SEEDS = ROOT.parent / "shared" / "seeds"


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checksums():
    lines = (ROOT / "data" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in lines if line.strip())}


def test_every_text_matches_its_checksum():
    listed = checksums()
    on_disk = {str(p.relative_to(ROOT / "data")) for p in STORY_DIR.glob("*.txt")}
    assert set(listed) == on_disk, "data/SHA256SUMS and the .txt files in the story folder differ"
    for name, digest in listed.items():
        assert sha256(ROOT / "data" / name) == digest, f"data/{name} has changed since it was checksummed"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_texts_are_byte_identical_to_the_seeds():
    seeds = sorted(sha256(p) for p in SEEDS.glob("*.txt"))
    ours = sorted(sha256(p) for p in STORY_DIR.glob("*.txt"))
    assert seeds == ours, "data/ must hold the seed texts byte for byte, and nothing else"


def test_story_loads_with_every_article_listed():
    articles = framing.load_articles(STORY_DIR)
    assert list(articles["article_id"]) == [
        "visits-baghdad",
        "inaugural-visit",
        "first-foreign-trip",
        "strategic-partnership",
        "next-door-iraq",
    ]
    assert set(articles["file"]) == {p.name for p in STORY_DIR.glob("*.txt")}


def test_metadata_only_records_what_the_texts_show():
    articles = framing.load_articles(STORY_DIR).set_index("article_id")
    for article_id, row in articles.iterrows():
        for column in ("headline", "date_shown", "byline", "wire_credit", "photo_credit"):
            value = row[column]
            for part in filter(None, (p.strip() for p in value.split(";"))):
                assert part in row["text"], f"{article_id}: {column} {part!r} does not appear in the text"


def test_facts_file_is_valid_and_every_fact_is_found_somewhere():
    articles = framing.clean_articles(framing.load_articles(STORY_DIR))
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    found = framing.find_facts(framing.split_sentences(articles), facts)
    assert set(found["fact_id"]) == set(facts["fact_id"]), "a fact in facts.csv matches no article"


def test_framing_works_without_nltk_data(tmp_path):
    """Nothing in framing may need an NLTK download: every step runs with NLTK's data look-up disabled."""
    import subprocess
    import sys

    code = (
        "import nltk.data\n"
        "def refuse(*args, **kwargs):\n"
        "    raise AssertionError(f'framing asked NLTK for data: {args}')\n"
        "nltk.data.find = nltk.data.load = refuse\n"
        "import framing\n"
        f"scores = framing.story_sentiment({str(STORY_DIR)!r})\n"
        "assert len(scores) > 0 and scores['polarity'].abs().sum() > 0\n"
        "framing.scored_words('a bloody war'); framing.tokenize('x')\n"
    )
    env = {"PATH": "", "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path)


@pytest.mark.parametrize(
    "folder",
    [
        "attribution-eval",
        "attribution-eval-2",
        "attribution-eval-3",
        "attribution-eval-4",
        "attribution-eval-5",
        "attribution-eval-6",
    ],
)
def test_attribution_eval_sets_are_consistent(folder):
    from framing.attribution_eval import check_eval_folder

    assert check_eval_folder(ROOT / "data" / folder) == []


def test_the_eval_check_finds_a_broken_row(tmp_path):
    import shutil

    from framing.attribution_eval import check_eval_folder

    copy = tmp_path / "eval"
    shutil.copytree(ROOT / "data" / "attribution-eval-2", copy)
    gold = (copy / "gold.csv").read_text(encoding="utf-8").splitlines()
    fields = gold[1].split(",")
    fields[4] = "gossip"
    gold[1] = ",".join(fields)
    (copy / "gold.csv").write_text("\n".join(gold) + "\n", encoding="utf-8")
    assert any("line 2" in problem and "kind 'gossip'" in problem for problem in check_eval_folder(copy))


def test_attribution_eval_split_holds_every_article_once():
    import csv

    folder = ROOT / "data" / "attribution-eval"
    with (folder / "articles.csv").open(encoding="utf-8") as handle:
        articles = list(csv.DictReader(handle))
    with (folder / "gold.csv").open(encoding="utf-8") as handle:
        gold = list(csv.DictReader(handle))
    assert len(articles) == 32 and {row["set"] for row in articles} == {"development", "held-out"}
    assert sum(row["set"] == "development" for row in articles) == 16
    assert {row["article_id"] for row in gold} == {row["article_id"] for row in articles}
    assert all((folder / row["file"]).is_file() for row in articles) and len(gold) >= 200
