#!/usr/bin/env python3
"""Reads a dossier export back the way its target tool does and prints a JSON report.

    validate-exports.py csv FILE     pandas.read_csv with the date columns parsed as dates
    validate-exports.py ics FILE     icalendar.Calendar.from_ical
    validate-exports.py md FILE      markdown-it-py (CommonMark, with GFM tables and strikethrough)

The report lists what the parser found (counts, parsed dates) and "problems": anything the
target would reject or show wrongly. The exit status is 0 when the file could be read at all;
the tests look at the report. Needs pandas, icalendar and markdown-it-py (`python3 -m pip install
pandas icalendar markdown-it-py`); .ci/run installs them.
"""

import json
import re
import sys


def csv_report(path):
    import pandas as pd

    report = {"problems": []}
    problems = report["problems"]
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = pd.read_csv(path, parse_dates=["start_date", "end_date"])
    report["rows"] = int(len(frame))
    report["columns"] = list(raw.columns)
    for column in ("start_date", "end_date"):
        kind = str(frame[column].dtype)
        report[column + "_dtype"] = kind
        if not kind.startswith("datetime64"):
            problems.append(f"{column} is read as {kind}, not as dates")
    # What pandas makes of the EDTF column on its own, for comparison.
    edtf = pd.to_datetime(raw["event_date"], errors="coerce", format="mixed")
    report["event_date_parsed"] = int(edtf.notna().sum())
    starts = pd.to_datetime(raw["start_date"].replace("", None), errors="coerce")
    ends = pd.to_datetime(raw["end_date"].replace("", None), errors="coerce")
    report["start_date_parsed"] = int(starts.notna().sum())
    report["end_date_parsed"] = int(ends.notna().sum())
    report["rows_with_a_date"] = int((starts.notna() | ends.notna()).sum())
    for i, row in raw.iterrows():
        event = row["event_id"]
        text = row["event_date"]
        if row["start_date"] and pd.isna(starts[i]):
            problems.append(f"{event}: start_date {row['start_date']!r} is not a date")
        if row["end_date"] and pd.isna(ends[i]):
            problems.append(f"{event}: end_date {row['end_date']!r} is not a date")
        open_start = text.startswith("../") or text.startswith("/")
        open_end = text.endswith("/..") or text.endswith("/")
        if not row["start_date"] and not open_start:
            problems.append(f"{event}: no start_date for {text}")
        if not row["end_date"] and not open_end:
            problems.append(f"{event}: no end_date for {text}")
        if row["start_date"] and row["end_date"] and starts[i] > ends[i]:
            problems.append(f"{event}: start_date after end_date")
        for column, value in row.items():
            if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                problems.append(f"{event}: {column} starts like a formula: {value[:20]!r}")
    report["briefing"] = sorted(set(raw["briefing"]))
    return report


def ics_report(path):
    import datetime

    import icalendar

    report = {"problems": []}
    problems = report["problems"]
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = list(calendar.walk("VEVENT"))
    report["events"] = len(events)
    report["calendar_name"] = str(calendar.get("X-WR-CALNAME", ""))
    report["calendar_description"] = str(calendar.get("X-WR-CALDESC", ""))
    longest = 0
    uids = set()
    for event in events:
        uid = str(event.get("UID"))
        if uid in uids:
            problems.append(f"{uid}: UID given twice")
        uids.add(uid)
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        for name, value in (("DTSTART", start), ("DTEND", end)):
            if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
                problems.append(f"{uid}: {name} is not an all-day date")
        days = (end - start).days
        longest = max(longest, days)
        if days < 1:
            problems.append(f"{uid}: ends before it starts")
        if not str(event.get("SUMMARY", "")):
            problems.append(f"{uid}: no SUMMARY")
        description = str(event.get("DESCRIPTION", ""))
        match = re.search(r"^Date: (.*?) \((.*?)\)", description, re.M)
        if match and match.group(1) == match.group(2):
            problems.append(f"{uid}: the date is repeated: {match.group(0)}")
    report["longest_days"] = longest
    return report


def md_report(path):
    """The handout as a CommonMark renderer sees it: the plain text of every heading, paragraph
    and list item (what a reader sees, with the escapes resolved), and as problems any raw HTML,
    link, image, table or strikethrough, none of which the handout writes."""
    from markdown_it import MarkdownIt

    report = {"problems": [], "headings": [], "paragraphs": [], "items": []}
    problems = report["problems"]
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    with open(path, encoding="utf-8") as handle:
        tokens = parser.parse(handle.read())
    context = []
    for token in tokens:
        if token.type in ("html_block", "table_open", "code_block", "fence", "hr"):
            problems.append(f"line {token.map[0] + 1 if token.map else '?'}: {token.type}")
        if token.type.endswith("_open"):
            context.append(token)
        elif token.type.endswith("_close"):
            context.pop()
        if token.type != "inline":
            continue
        text = ""
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                text += child.content
            elif child.type in ("softbreak", "hardbreak"):
                text += " "
            elif child.type in ("html_inline", "link_open", "image", "s_open"):
                problems.append(f"{child.type} in: {token.content[:60]!r}")
        kinds = [t.type for t in context]
        if "heading_open" in kinds:
            report["headings"].append({"level": int(context[-1].tag[1]), "text": text})
        elif "list_item_open" in kinds:
            report["items"].append(text)
        elif "paragraph_open" in kinds:
            report["paragraphs"].append(text)
    return report


def main():
    kind, path = sys.argv[1], sys.argv[2]
    report = {"csv": csv_report, "ics": ics_report, "md": md_report}[kind](path)
    json.dump(report, sys.stdout, indent=1, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
