#!/usr/bin/env python3
"""Generates the benchmark dataset that scripts/bench-load.sh loads (Python 3 standard library only).

By default 40 tags, 20,000 events and 100,000 news items, each event and news item carrying 0 to 3 tags
(popularity skewed by rank), with dates between 2015 and 2027, written into OUT as:

  tags.csv         id,slug,name
  events.csv       id,title,slug,summary,body,start_at,end_at,location,city
  news.csv         id,title,slug,summary,body,published_at
  events_tags.csv  id,event_id,tag_id
  news_tags.csv    id,news_id,tag_id
  manifest.json    the sizes and seed, each file's bytes, rows and SHA-256, the two benchmark questions
                   and how many items each should find (expected_total)

CSV with a header row, UTF-8, '\\n' line ends, quoted where needed (PostgreSQL COPY ... (FORMAT csv, HEADER
true)); times in UTC as 2024-05-01T09:15:00Z. The same sizes and seed give byte-identical files, the same as
those of the peer harness's gen_data.py, so that the systems compared answer from the same rows.

Usage: scripts/bench/gen_data.py [--events N] [--news M] [--seed S] --out DIR
"""
import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import random

TAGS = [
    "violent-extremism", "electronic-monitoring", "mental-health", "framework-decisions",
    "probation-practice", "restorative-justice", "victims", "juveniles", "young-adults",
    "community-service", "risk-assessment", "desistance", "radicalisation", "prison-release",
    "resettlement", "employment", "housing", "substance-misuse", "domestic-violence",
    "sex-offenders", "gender", "foreign-nationals", "cross-border", "training",
    "research", "evaluation", "digital-probation", "technology", "staff-wellbeing",
    "volunteers", "ethics", "human-rights", "alternatives-to-detention", "pre-trial",
    "parole", "supervision", "case-management", "peer-support", "cep-conference",
    "expert-groups",
]
CITIES = [
    ("Brussels", "Belgium"), ("Utrecht", "Netherlands"), ("Lisbon", "Portugal"),
    ("Tallinn", "Estonia"), ("Riga", "Latvia"), ("Vilnius", "Lithuania"),
    ("Dublin", "Ireland"), ("Edinburgh", "United Kingdom"), ("London", "United Kingdom"),
    ("Barcelona", "Spain"), ("Madrid", "Spain"), ("Rome", "Italy"), ("Milan", "Italy"),
    ("Vienna", "Austria"), ("Prague", "Czechia"), ("Bratislava", "Slovakia"),
    ("Budapest", "Hungary"), ("Warsaw", "Poland"), ("Kraków", "Poland"),
    ("Bucharest", "Romania"), ("Sofia", "Bulgaria"), ("Zagreb", "Croatia"),
    ("Ljubljana", "Slovenia"), ("Helsinki", "Finland"), ("Stockholm", "Sweden"),
    ("Oslo", "Norway"), ("Copenhagen", "Denmark"), ("Berlin", "Germany"),
    ("München", "Germany"), ("Paris", "France"), ("Lyon", "France"),
    ("Luxembourg", "Luxembourg"), ("Valletta", "Malta"), ("Nicosia", "Cyprus"),
    ("Athens", "Greece"), ("Tirana", "Albania"), ("Belgrade", "Serbia"),
    ("Skopje", "North Macedonia"), ("Bern", "Switzerland"), ("Reykjavík", "Iceland"),
]
VENUES = ["Conference Centre", "Ministry of Justice", "University Hall", "Probation Academy",
          "City Hall", "Palace of Justice", "Congress Hotel", "Online (Zoom)"]
EVENT_KINDS = ["Conference", "Workshop", "Expert meeting", "Webinar", "Seminar",
               "Summer school", "Round table", "Training"]
NEWS_KINDS = ["Report", "Interview", "Announcement", "Call for papers", "Newsletter",
              "Publication", "Statement", "Update"]
WORDS = ("probation service offender supervision community sentence practice european network "
         "member research evaluation policy council framework decision transfer judgment "
         "electronic monitoring risk needs responsivity desistance rehabilitation reintegration "
         "victim restorative mediation staff training quality standard guideline recommendation "
         "expert group meeting conference workshop partner national agency ministry justice "
         "prison release parole youth adult mental health substance treatment programme project "
         "cooperation exchange knowledge outcome impact data digital innovation ethics rights").split()

# The two questions every system is asked (scripts/bench.sh asks ours the same), recorded in the manifest.
QUERIES = {
    "events": {"tag": "electronic-monitoring", "from": "2026-01-01T00:00:00Z",
               "to": "2027-12-31T23:59:59Z", "sort": "start_at asc", "page_size": 20},
    "news": {"tag": "electronic-monitoring", "year": 2024, "sort": "published_at desc",
             "page_size": 20},
}
FIRST = dt.datetime(2015, 1, 1, tzinfo=dt.timezone.utc)
LAST = dt.datetime(2027, 12, 31, 23, 0, tzinfo=dt.timezone.utc)
SPAN = int((LAST - FIRST).total_seconds())
# Tag popularity falls with rank as 1/sqrt(rank).
TAG_WEIGHTS = [1.0 / (rank ** 0.5) for rank in range(1, len(TAGS) + 1)]


def utc(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def sentence(rng, fewest, most):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(fewest, most))).capitalize() + "."


def text_of(rng, length):
    """Sentences of 8 to 18 words until the text is at least `length` characters long."""
    sentences, size = [], 0
    while size < length:
        sentences.append(sentence(rng, 8, 18))
        size += len(sentences[-1]) + 1
    return " ".join(sentences)


def tags_of(rng):
    """0 to 3 distinct tag ids, in ascending order."""
    count = rng.choices([0, 1, 2, 3], weights=[10, 35, 35, 20])[0]
    chosen = set()
    while len(chosen) < count:
        chosen.add(rng.choices(range(1, len(TAGS) + 1), weights=TAG_WEIGHTS)[0])
    return sorted(chosen)


def slug_of(title, ident):
    words = "".join(c if c.isalnum() else "-" for c in title.lower()).split("-")
    return "-".join(w for w in words if w)[:60] + f"-{ident}"


class Csv:
    """One CSV file of the dataset, header first."""

    def __init__(self, folder, name, header):
        self.file = open(os.path.join(folder, name), "w", newline="", encoding="utf-8")
        self.rows = csv.writer(self.file, lineterminator="\n")
        self.rows.writerow(header)

    def write(self, *fields):
        self.rows.writerow(fields)

    def close(self):
        self.file.close()


def write_tags(folder):
    tags = Csv(folder, "tags.csv", ["id", "slug", "name"])
    for ident, slug in enumerate(TAGS, 1):
        tags.write(ident, slug, slug.replace("-", " ").capitalize())
    tags.close()


def write_events(folder, rng, count):
    """Writes the events and their tags; returns how many the events question finds."""
    question = QUERIES["events"]
    tag, first, last = TAGS.index(question["tag"]) + 1, parse_utc(question["from"]), parse_utc(question["to"])
    events = Csv(folder, "events.csv", ["id", "title", "slug", "summary", "body", "start_at", "end_at", "location", "city"])
    links = Csv(folder, "events_tags.csv", ["id", "event_id", "tag_id"])
    link, found = 0, 0
    for ident in range(1, count + 1):
        city, country = rng.choice(CITIES)
        title = f"{rng.choice(EVENT_KINDS)}: {sentence(rng, 3, 7)[:-1]}"
        starts = FIRST + dt.timedelta(seconds=rng.randrange(SPAN // 900) * 900)
        ends = starts + dt.timedelta(hours=rng.choice([2, 3, 8, 24, 32, 48, 56, 72]))
        tags = tags_of(rng)
        summary, body = text_of(rng, 160), text_of(rng, 1000)
        events.write(ident, title, slug_of(title, ident), summary, body, utc(starts), utc(ends),
                     f"{rng.choice(VENUES)}, {city}, {country}", city)
        for tag_id in tags:
            link += 1
            links.write(link, ident, tag_id)
        found += tag in tags and first <= starts <= last
    events.close()
    links.close()
    return found


def write_news(folder, rng, count):
    """Writes the news and their tags; returns how many the news question finds."""
    question = QUERIES["news"]
    tag, year = TAGS.index(question["tag"]) + 1, question["year"]
    news = Csv(folder, "news.csv", ["id", "title", "slug", "summary", "body", "published_at"])
    links = Csv(folder, "news_tags.csv", ["id", "news_id", "tag_id"])
    link, found = 0, 0
    for ident in range(1, count + 1):
        title = f"{rng.choice(NEWS_KINDS)}: {sentence(rng, 4, 9)[:-1]}"
        published = FIRST + dt.timedelta(seconds=rng.randrange(SPAN // 60) * 60)
        tags = tags_of(rng)
        summary, body = text_of(rng, 160), text_of(rng, 1000)
        news.write(ident, title, slug_of(title, ident), summary, body, utc(published))
        for tag_id in tags:
            link += 1
            links.write(link, ident, tag_id)
        found += tag in tags and published.year == year
    news.close()
    links.close()
    return found


def write_manifest(folder, args, expected):
    files = {}
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".csv")):
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        files[name] = {"bytes": len(data), "rows": data.count(b"\n") - 1, "sha256": hashlib.sha256(data).hexdigest()}
    manifest = {"seed": args.seed, "events": args.events, "news": args.news, "tags": len(TAGS),
                "queries": QUERIES, "expected_total": expected, "files": files}
    with open(os.path.join(folder, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    return files


def main():
    parser = argparse.ArgumentParser(description="Generates the benchmark dataset (see the module's docstring).")
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--news", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--out", required=True, help="the folder to write into (created when missing)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    # One generator for everything, in this order: the files depend only on the sizes and the seed.
    rng = random.Random(args.seed)
    write_tags(args.out)
    expected = {"events": write_events(args.out, rng, args.events), "news": write_news(args.out, rng, args.news)}
    files = write_manifest(args.out, args, expected)
    print(json.dumps({"out": args.out, "expected_total": expected, "files": {k: v["rows"] for k, v in files.items()}}))


if __name__ == "__main__":
    main()
