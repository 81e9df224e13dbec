#!/usr/bin/env python3
"""Mixed load through two Notes instances, and the checks of what it left behind; for
ops/galera-check.sh steps 6 and 7 (see docs/scale-out.md). Standard library only.

  mixed.py run   --a URL --b URL --seconds S --out DIR --tag TAG ...
      Per instance: WRITERS threads POST /api/notes by categoryName (over the write categories),
      EDITORS threads each create NOTES notes of their own in the edit category and then PUT them
      in turn with If-Match of the version they last got, READERS threads page a category with
      limit and nextCursor, each page through the other instance than the page before (so a
      cursor made by A is used on B and the other way round): the edit category whole, then up to
      PAGES pages of one write category. Every request is one line of DIR/requests.jsonl, written
      (and flushed) when its answer or its error came: start and end (epoch ms), instance, kind
      (create, edit, read, resolve), worker, status (0: no HTTP answer; err says why), id, version,
      If-Match sent, text sent, and for an answer of 400 or more its Content-Type and Retry-After.
      The items of every page go to DIR/items.tsv ("start_ms id version").
      An editor whose PUT got anything but 200 (503, 412, no answer) does not guess: it reads the
      note (GET, kind "resolve", through either instance until one answers 200) and carries on from
      the version it finds there; so each note is only ever edited by its one editor, with the
      version that editor knows, and a 412 can only be a defect.
      New requests stop after S seconds or as soon as the file --stop-file exists, whichever
      comes first; those in flight are answered (or time out) first.

  mixed.py check --out DIR --mode node|instance --events FILE --db N1.tsv N2.tsv N3.tsv
      Reads DIR/requests.jsonl and DIR/items.tsv, the events of the run (lines "name epoch_ms":
      start, kill, evict and rejoined for a node, restart and up for an instance, end) and each
      node's notes ("id version text", the notes whose text starts with the tag), and checks:
      - answers: no 5xx but 503, every 503 application/problem+json with Retry-After, no 4xx (a
        412 to an editor is a defect, see above);
      - when: mode node, a 503 only for a request sent before the eviction and answered after the
        kill, and every request answered; mode instance, no 503, and requests without an answer
        only to A, sent before it was up again and ended after its kill;
      - throughput (2xx answers per second, both instances): the pre-kill median is taken over
        the whole seconds from 5 s after the start to the kill; it is back at the start of the
        first whole-second window (sliding by 0.1 s) from the eviction on with at least 80 % of
        it, which must be within 10 s (mode node); mode instance: B's median per second while A is
        down must be at least 80 % of B's pre-kill median;
      - data, on every node: every acknowledged create present with its text, every edited note
        at its last acknowledged version and text (or, after an edit without a 200, at whatever
        the editor read back, which must be the version before or the edit itself), no text
        stored twice; every page item at least as new as the versions of that note acknowledged
        before the page was asked for, and never newer than any version ever sent.
      Prints "row<TAB>label<TAB>value" and "fail<TAB>reason" lines for the shell's summary and
      writes DIR/throughput.tsv (answers per second, counted from the kill).
"""

import argparse
import bisect
import http.client
import json
import os
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter, defaultdict

TIMEOUT_S = 30
PAUSE_AFTER_NO_ANSWER_S = 0.2  # a refused connection is instant: do not spin on a dead instance
RESOLVE_FOR_S = 120


def now_ms():
    return int(time.time() * 1000)


# --- run -----------------------------------------------------------------------------------------


class Log:
    def __init__(self, out):
        self.lock = threading.Lock()
        self.requests = open(os.path.join(out, "requests.jsonl"), "a", buffering=1)
        self.items = open(os.path.join(out, "items.tsv"), "a", buffering=1)

    def request(self, record):
        line = json.dumps(record, separators=(",", ":")) + "\n"
        with self.lock:
            self.requests.write(line)

    def page(self, start, items):
        if not items:
            return
        text = "".join(f"{start} {item['id']} {item['version']}\n" for item in items)
        with self.lock:
            self.items.write(text)


class Client:
    """One keep-alive connection per instance, for one thread."""

    def __init__(self, urls):
        self.urls = urls
        self.connections = {}

    def call(self, instance, method, path, body=None, headers=None):
        """(status, headers with lower-case names, parsed JSON or None, error name or None)"""
        url = self.urls[instance]
        connection = self.connections.get(instance)
        if connection is None:
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT_S)
            self.connections[instance] = connection
        sent_headers = {"Accept": "application/json"}
        if body is not None:
            sent_headers["Content-Type"] = "application/json"
        sent_headers.update(headers or {})
        try:
            connection.request(method, path, body=None if body is None else json.dumps(body),
                               headers=sent_headers)
            response = connection.getresponse()
            data = response.read()
            answer_headers = {k.lower(): v for k, v in response.getheaders()}
            if response.will_close:
                connection.close()
                self.connections.pop(instance, None)
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            self.connections.pop(instance, None)
            return 0, {}, None, type(error).__name__
        parsed = None
        if data:
            try:
                parsed = json.loads(data)
            except ValueError:
                parsed = None
        return response.status, answer_headers, parsed, None


def record_of(start, instance, kind, worker, status, headers, body, error, **fields):
    record = {"s": start, "e": now_ms(), "i": instance, "k": kind, "w": worker, "st": status}
    if error:
        record["err"] = error
    if status >= 400:
        record["ct"] = headers.get("content-type", "")
        record["ra"] = headers.get("retry-after", "")
    if isinstance(body, dict) and status in (200, 201) and "version" in body:
        record["v"] = body["version"]
        if kind in ("create", "resolve"):
            record["id"] = body.get("id")
        if kind == "resolve":
            record["got"] = body.get("text")
    etag = headers.get("etag")
    if etag and status in (200, 201):
        record["etag"] = etag
    record.update(fields)
    return record


class Run:
    def __init__(self, args):
        self.args = args
        self.urls = {"A": urllib.parse.urlsplit(args.a), "B": urllib.parse.urlsplit(args.b)}
        self.log = Log(args.out)
        self.deadline = None
        self.write_categories = args.write_categories.split(",")
        self.category_ids = {}
        self.errors = []

    def running(self):
        return now_ms() < self.deadline and not os.path.exists(self.args.stop_file)

    def setup(self):
        client = Client(self.urls)
        for name in self.write_categories + [self.args.edit_category]:
            status, _, body, error = client.call("A", "GET", "/api/categories/by-name/"
                                                 + urllib.parse.quote(name, safe=""))
            if status != 200:
                sys.exit(f"mixed.py: category {name} not found through A ({status} {error})")
            self.category_ids[name] = body["id"]

    def writer(self, instance, worker):
        client = Client(self.urls)
        n = 0
        while self.running():
            n += 1
            name = self.write_categories[n % len(self.write_categories)]
            text = f"{self.args.tag} {worker} c{n}"
            start = now_ms()
            status, headers, body, error = client.call(
                instance, "POST", "/api/notes", {"text": text, "categoryName": name})
            self.log.request(record_of(start, instance, "create", worker, status, headers, body,
                                       error, tx=text))
            if status == 0:
                time.sleep(PAUSE_AFTER_NO_ANSWER_S)

    def resolve(self, client, worker, note_id, instance):
        """Reads the note until some instance answers 200; returns (version, text) or None."""
        other = "B" if instance == "A" else "A"
        give_up = time.time() + RESOLVE_FOR_S
        attempt = 0
        while time.time() < give_up:
            which = instance if attempt % 2 == 0 else other
            attempt += 1
            start = now_ms()
            status, headers, body, error = client.call(which, "GET", f"/api/notes/{note_id}")
            self.log.request(record_of(start, which, "resolve", worker, status, headers, body,
                                       error, id=note_id))
            if status == 200:
                return body["version"], body["text"]
            time.sleep(PAUSE_AFTER_NO_ANSWER_S)
        return None

    def editor(self, instance, worker):
        client = Client(self.urls)
        category_id = self.category_ids[self.args.edit_category]
        notes = []  # [id, version] of this editor's notes
        n = 0
        while len(notes) < self.args.notes and self.running():
            n += 1
            text = f"{self.args.tag} {worker} c{n}"
            start = now_ms()
            status, headers, body, error = client.call(
                instance, "POST", "/api/notes",
                {"text": text, "categoryName": self.args.edit_category})
            self.log.request(record_of(start, instance, "create", worker, status, headers, body,
                                       error, tx=text))
            if status == 201:
                notes.append([body["id"], body["version"]])
            elif status == 0:
                time.sleep(PAUSE_AFTER_NO_ANSWER_S)
        edit = 0
        while self.running() and notes:
            note = notes[edit % len(notes)]
            edit += 1
            note_id, version = note
            text = f"{self.args.tag} {worker} n{note_id} e{edit}"
            start = now_ms()
            status, headers, body, error = client.call(
                instance, "PUT", f"/api/notes/{note_id}",
                {"text": text, "categoryId": category_id}, {"If-Match": f'"{version}"'})
            self.log.request(record_of(start, instance, "edit", worker, status, headers, body,
                                       error, id=note_id, im=version, tx=text))
            if status == 200:
                note[1] = body["version"]
                continue
            if status == 0:
                time.sleep(PAUSE_AFTER_NO_ANSWER_S)
            found = self.resolve(client, worker, note_id, instance)
            if found is None:
                self.errors.append(f"{worker}: note {note_id} not readable for {RESOLVE_FOR_S} s")
                notes.remove(note)
            else:
                note[1] = found[0]

    def reader(self, instance, worker):
        client = Client(self.urls)
        which = instance
        walk = 0
        while self.running():
            walk += 1
            name = self.args.edit_category if walk % 2 else \
                self.write_categories[(walk // 2) % len(self.write_categories)]
            pages = 1_000_000 if name == self.args.edit_category else self.args.pages
            cursor, cursor_from, page = None, "", 0
            while self.running() and page < pages:
                path = f"/api/categories/{self.category_ids[name]}/notes?limit={self.args.limit}"
                if cursor:
                    path += "&cursor=" + urllib.parse.quote(cursor, safe="")
                start = now_ms()
                status, headers, body, error = client.call(which, "GET", path)
                items = body.get("items", []) if status == 200 and isinstance(body, dict) else []
                self.log.request(record_of(start, which, "read", worker, status, headers, body,
                                           error, cat=name, n=len(items), cur=cursor_from))
                self.log.page(start, items)
                used = which
                which = "B" if which == "A" else "A"  # the next page through the other instance
                if status == 0:
                    time.sleep(PAUSE_AFTER_NO_ANSWER_S)
                    continue  # the same page again, through the other instance
                if status != 200:
                    if status < 500:
                        break  # a 4xx is a defect (the check fails on it): no point asking again
                    continue
                page += 1
                cursor = body.get("nextCursor")
                cursor_from = used
                if not cursor:
                    break

    def go(self):
        self.setup()
        self.deadline = now_ms() + self.args.seconds * 1000
        threads = []
        for instance in ("A", "B"):
            for kind, count, target in (("W", self.args.writers, self.writer),
                                        ("E", self.args.editors, self.editor),
                                        ("R", self.args.readers, self.reader)):
                for k in range(count):
                    worker = f"{instance}{kind}{k + 1}"
                    threads.append(threading.Thread(target=target, args=(instance, worker),
                                                    name=worker, daemon=True))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for error in self.errors:
            print(f"mixed.py: {error}", file=sys.stderr)
        return 1 if self.errors else 0


# --- check ---------------------------------------------------------------------------------------


def read_requests(out):
    with open(os.path.join(out, "requests.jsonl")) as f:
        return [json.loads(line) for line in f if line.strip()]


def read_db(path):
    notes = {}
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            note_id, version, text = line.split("\t", 2)
            notes[int(note_id)] = (int(version), text)
    return notes


def seconds(ms):
    return f"{ms / 1000:.1f} s"


class Check:
    def __init__(self, args):
        self.args = args
        self.requests = read_requests(args.out)
        self.events = {}
        with open(args.events) as f:
            for line in f:
                if line.strip():
                    name, value = line.split()
                    self.events[name] = int(value)
        self.dbs = [read_db(path) for path in args.db]
        self.failures = []

    def row(self, label, value):
        print(f"row\t{label}\t{value}")

    def fail(self, reason):
        self.failures.append(reason)
        print(f"fail\t{reason}")

    def at(self, ms):
        """Seconds relative to the kill, for reading the figures."""
        return f"{(ms - self.events['kill']) / 1000:+.1f} s"

    # -- answers --

    def answers(self):
        by = Counter()
        for r in self.requests:
            by[(r["k"], r["i"], r["st"] if r["st"] else "no answer " + r.get("err", "?"))] += 1
        for kind in ("create", "edit", "read", "resolve"):
            for instance in ("A", "B"):
                counts = {s: c for (k, i, s), c in by.items() if k == kind and i == instance}
                if counts:
                    total = sum(counts.values())
                    detail = " ".join(f"{s}={c}" for s, c in sorted(counts.items(), key=str))
                    self.row(f"{kind} through {instance}", f"{total}: {detail}")
        statuses = Counter(r["st"] for r in self.requests)
        self.row("all requests by status", f"{len(self.requests)}: "
                 + " ".join(f"{s}={c}" for s, c in sorted(statuses.items())))
        crossed = [r for r in self.requests
                   if r["k"] == "read" and r.get("cur") and r["cur"] != r["i"] and r["st"]]
        self.row("cursors used on the other instance",
                 f"{sum(1 for r in crossed if r['st'] == 200)} answered 200, "
                 f"{sum(1 for r in crossed if r['st'] != 200)} otherwise")

        def failed(which, what):
            if which:
                self.fail(f"{len(which)} answers {what}, first: {json.dumps(which[0])}")

        failed([r for r in self.requests if r["st"] >= 500 and r["st"] != 503],
               "5xx other than 503")
        failed([r for r in self.requests if r["st"] == 503
                and not (r.get("ct", "").startswith("application/problem+json") and r.get("ra"))],
               "503 without problem+json and Retry-After")
        failed([r for r in self.requests if r["st"] == 412], "412 to an editor's own If-Match")
        failed([r for r in self.requests if 400 <= r["st"] < 500 and r["st"] != 412], "4xx")

        s503 = sorted((r for r in self.requests if r["st"] == 503), key=lambda r: r["e"])
        if s503:
            retry_after = " ".join(sorted(set(r.get("ra", "") for r in s503)))
            by_instance = " ".join(f"{i}={c}" for i, c in sorted(Counter(r["i"] for r in s503).items()))
            self.row("503 answers (answered, rel. to the kill)",
                     f"{len(s503)}, from {self.at(s503[0]['e'])} to {self.at(s503[-1]['e'])}; "
                     f"Retry-After: {retry_after}; by instance: {by_instance}")
        else:
            self.row("503 answers", "0")
        return s503

    def window_503(self, s503):
        """Node mode: a 503 must be for a request sent before the eviction and answered after the
        kill (it was in flight during the stall); instance mode: no 503 at all."""
        if self.args.mode == "node":
            kill, evict = self.events["kill"], self.events["evict"]
            outside = [r for r in s503 if not (r["s"] <= evict and r["e"] >= kill)]
            self.row("stall window (kill to eviction)", f"{seconds(evict - kill)}")
            self.row("503s for requests sent in the stall window",
                     f"{len(s503) - len(outside)}; outside it: {len(outside)}")
            if outside:
                first = outside[0]
                self.fail(f"{len(outside)} 503s outside the stall window, e.g. sent "
                          f"{self.at(first['s'])}, answered {self.at(first['e'])}: {json.dumps(first)}")
        elif s503:
            self.fail(f"{len(s503)} answers 503 although every database node was up")

    def no_answers(self):
        missing = [r for r in self.requests if r["st"] == 0]
        why = Counter(f"{r['i']}/{r['k']}/{r.get('err')}" for r in missing)
        self.row("requests without an HTTP answer", f"{len(missing)}" + (":" if missing else "")
                 + "".join(f" {k}={c}" for k, c in sorted(why.items())))
        if self.args.mode == "node":
            if missing:
                self.fail(f"{len(missing)} requests without an HTTP answer (both instances stay up)")
            return
        kill, up = self.events["kill"], self.events["up"]
        unexpected = [r for r in missing if not (r["i"] == "A" and r["s"] <= up and r["e"] >= kill)]
        in_window = len(missing) - len(unexpected)
        self.row("A: connection errors while it was down", f"{in_window} (kill to first answer after restart)")
        if unexpected:
            self.fail(f"{len(unexpected)} requests without an answer outside A's downtime, "
                      f"first: {json.dumps(unexpected[0])}")

    # -- time --

    def per_second(self, instance=None):
        """2xx answers per 1-s bucket, bucket 0 starting at the kill."""
        kill = self.events["kill"]
        buckets = Counter()
        for r in self.requests:
            if 200 <= r["st"] < 300 and (instance is None or r["i"] == instance):
                buckets[(r["e"] - kill) // 1000] += 1
        return buckets

    def baseline(self, buckets):
        """Median of the whole seconds from 5 s after the start to the kill."""
        first = (self.events["start"] + 5000 - self.events["kill"]) // 1000 + 1
        values = [buckets.get(k, 0) for k in range(first, 0)]
        return statistics.median(values) if values else 0

    def back_after(self, instance, since_ms, label, limit_s=None):
        """The first moment from since_ms on at which a whole second of answers reached 80 % of
        the pre-kill median (sliding window, 100 ms steps)."""
        buckets = self.per_second(instance)
        base = self.baseline(buckets)
        ends = sorted(r["e"] for r in self.requests
                      if 200 <= r["st"] < 300 and (instance is None or r["i"] == instance))
        t = since_ms
        stop = self.events["end"]
        found = None
        while t + 1000 <= stop:
            n = bisect.bisect_left(ends, t + 1000) - bisect.bisect_left(ends, t)
            if n >= 0.8 * base:
                found = t
                break
            t += 100
        who = "all" if instance is None else instance
        if found is None:
            self.row(f"throughput ({who}) back to 80 % of {base:g}/s", f"never after {label}")
            if limit_s is not None:
                self.fail(f"throughput ({who}) never back to 80 % of the pre-kill median after {label}")
            return None
        self.row(f"throughput ({who}) back to 80 % of {base:g}/s",
                 f"{seconds(found - since_ms)} after {label} (the first whole second at that rate begins then)")
        if limit_s is not None and found - since_ms > limit_s * 1000:
            self.fail(f"throughput ({who}) back {seconds(found - since_ms)} after {label}, over {limit_s} s")
        return found

    def throughput(self):
        kill = self.events["kill"]
        everything = self.per_second()
        lo = (self.events["start"] - kill) // 1000
        hi = (self.events["end"] - kill) // 1000
        with open(os.path.join(self.args.out, "throughput.tsv"), "w") as f:
            f.write("second_since_kill\tall_2xx\tA_2xx\tB_2xx\tA_503\tB_503\tno_answer\n")
            a, b = self.per_second("A"), self.per_second("B")
            c503 = Counter((r["i"], (r["e"] - kill) // 1000) for r in self.requests if r["st"] == 503)
            c0 = Counter((r["e"] - kill) // 1000 for r in self.requests if r["st"] == 0)
            for k in range(lo, hi + 1):
                f.write(f"{k}\t{everything.get(k, 0)}\t{a.get(k, 0)}\t{b.get(k, 0)}\t"
                        f"{c503.get(('A', k), 0)}\t{c503.get(('B', k), 0)}\t{c0.get(k, 0)}\n")
        for who in (None, "A", "B"):
            buckets = self.per_second(who)
            near = " ".join(str(buckets.get(k, 0)) for k in range(-3, 13))
            self.row(f"2xx per second ({'all' if who is None else who}), -3..+12 s",
                     f"{near} (pre-kill median {self.baseline(buckets):g})")
        # the longest time without a 2xx answer, per instance
        for instance in ("A", "B"):
            ends = sorted(r["e"] for r in self.requests if r["i"] == instance and 200 <= r["st"] < 300)
            gap, at = 0, 0
            for x, y in zip(ends, ends[1:]):
                if y - x > gap:
                    gap, at = y - x, x
            if ends:
                self.row(f"{instance}: longest time without a 2xx answer", f"{seconds(gap)} (from {self.at(at)})")
        if self.args.mode == "node":
            self.row("eviction (both survivors at cluster size 2)",
                     f"{seconds(self.events['evict'] - kill)} after the kill")
            if "rejoined" in self.events:
                self.row("killed node back (restart to Synced, size 3)",
                         f"{seconds(self.events['rejoined'] - self.events['restart'])}; "
                         f"restart at {self.at(self.events['restart'])}")
            self.back_after(None, self.events["evict"], "the eviction", limit_s=10)
            self.back_after(None, kill, "the kill")
        else:
            restart, up = self.events["restart"], self.events["up"]
            b = self.per_second("B")
            base = self.baseline(b)
            down = [b.get(k, 0) for k in range(1, (restart - kill) // 1000)]
            if down:
                self.row("B: 2xx per second while A was down (whole seconds)",
                         f"median {statistics.median(down):g}, min {min(down)}, "
                         f"vs {base:g} before the kill")
                if statistics.median(down) < 0.8 * base:
                    self.fail(f"B's throughput dropped while A was down: median {statistics.median(down):g}/s "
                              f"against {base:g}/s before")
            starting = [b.get(k, 0) for k in range((restart - kill) // 1000 + 1, (up - kill) // 1000)]
            if starting:
                self.row("B: 2xx per second while A was starting",
                         f"median {statistics.median(starting):g}, min {min(starting)} "
                         "(the JVM start shares the CPUs)")
            a_first = min((r["e"] for r in self.requests if r["i"] == "A" and 200 <= r["st"] < 300
                           and r["s"] >= restart), default=None)
            if a_first is None:
                self.fail("A never answered 2xx after its restart")
            else:
                self.row("A: restart to first 2xx answer to the load",
                         f"{seconds(a_first - restart)} (health UP {seconds(up - restart)} after the restart; "
                         f"killed for {seconds(a_first - kill)} in all)")
                self.back_after("A", a_first, "A's first answer")

    # -- data --

    def writes(self):
        dbs = self.dbs
        creates = [r for r in self.requests if r["k"] == "create"]
        acked = {}
        for r in creates:
            if r["st"] == 201:
                acked[r["id"]] = r
        unacked = [r for r in creates if r["st"] != 201]
        texts = [Counter(text for (_, text) in db.values()) for db in dbs]
        # per note of an editor: what must be stored at the end
        edits_by_note = defaultdict(list)
        for r in self.requests:
            if r["k"] in ("edit", "resolve") and "id" in r:
                edits_by_note[r["id"]].append(r)
        acked_edits = 0
        applied, not_applied, unresolved = [], [], []
        expected = {}  # id -> set of allowed (version, text)
        acked_versions = defaultdict(list)  # id -> [(ack ms, version)], for the read checks
        max_version = {}
        for note_id, r in acked.items():
            expected[note_id] = {(r["v"], r["tx"])}
            acked_versions[note_id].append((r["e"], r["v"]))
            max_version[note_id] = r["v"]
        for note_id, events in edits_by_note.items():
            if note_id not in acked:
                self.fail(f"note {note_id} was edited but its creation was not acknowledged")
                continue
            create = acked[note_id]
            state = (create["v"], create["tx"])
            pending = None
            for r in sorted(events, key=lambda r: (r["s"], r["e"])):
                if r["k"] == "edit":
                    max_version[note_id] = max(max_version[note_id], r["im"] + 1)
                    if r["im"] != state[0]:
                        self.fail(f"note {note_id}: an edit with If-Match {r['im']} "
                                  f"while the known version was {state[0]}")
                    if r["st"] == 200:
                        acked_edits += 1
                        if r.get("v") != r["im"] + 1 or r.get("etag") != f'"{r["im"] + 1}"':
                            self.fail(f"note {note_id}: 200 with version {r.get('v')} / "
                                      f"ETag {r.get('etag')} after If-Match {r['im']}")
                        state = (r.get("v"), r["tx"])
                        acked_versions[note_id].append((r["e"], state[0]))
                        pending = None
                    else:
                        pending = ((r["im"] + 1, r["tx"]), r)
                elif r["k"] == "resolve" and r["st"] == 200:
                    found = (r["v"], r["got"])
                    if pending is None:
                        if found != state:
                            self.fail(f"note {note_id}: read {found} where {state} was acknowledged")
                        continue
                    if found == state:
                        not_applied.append(pending[1])
                    elif found == pending[0]:
                        applied.append(pending[1])
                        acked_versions[note_id].append((r["e"], found[0]))
                    else:
                        self.fail(f"note {note_id}: after an unanswered edit it holds {found}, "
                                  f"neither {state} nor the edit {pending[0]}")
                    state = found
                    pending = None
            expected[note_id] = {state} if pending is None else {state, pending[0]}
            if pending is not None:
                unresolved.append(pending[1])

        self.row("creates acknowledged (201) / not",
                 f"{len(acked)} / {len(unacked)} ("
                 + " ".join(f"{k}={c}" for k, c in sorted(Counter(
                     str(r['st']) if r['st'] else r.get('err', '?') for r in unacked).items())) + ")")
        stored_unacked = [sum(1 for r in unacked if t[r["tx"]] > 0) for t in texts]
        self.row("unacknowledged creates stored anyway (per node)", " / ".join(map(str, stored_unacked)))
        self.row("edits acknowledged (200)", f"{acked_edits}")
        unanswered = [r for r in self.requests if r["k"] == "edit" and r["st"] != 200]
        outcome = {id(r): "applied" for r in applied}
        outcome.update({id(r): "not applied" for r in not_applied})
        refused = [r for r in unanswered if r.get("err") == "ConnectionRefusedError"]
        if refused:  # never reached an instance: trivially not applied, listed apart
            unchanged = all(outcome.get(id(r)) == "not applied" for r in refused)
            self.row("edits refused a connection (never sent)",
                     f"{len(refused)}, all read back unchanged: {'yes' if unchanged else 'NO'}")
            if not unchanged:
                self.fail("an edit whose connection was refused changed the note")
        sent = [r for r in unanswered if r.get("err") != "ConnectionRefusedError"]
        self.row("edits sent without a 200",
                 f"{len(sent)}: applied {sum(1 for r in sent if outcome.get(id(r)) == 'applied')}, "
                 f"not applied {sum(1 for r in sent if outcome.get(id(r)) == 'not applied')}, "
                 f"unknown at the end {sum(1 for r in sent if id(r) not in outcome)}"
                 + (" (" + " ".join(f"{r['i']}:{r['st'] or r.get('err')}@{self.at(r['e'])}"
                                    f"->{outcome.get(id(r), 'unknown')}" for r in sent[:12]) + ")"
                    if sent else ""))

        for n, (db, t) in enumerate(zip(dbs, texts), start=1):
            missing = [i for i in acked if i not in db]
            wrong = [i for i, allowed in expected.items() if i in db and db[i] not in allowed]
            twice = [text for text, c in t.items() if c > 1]
            self.row(f"node {n}: notes of this step / acknowledged missing / "
                     "wrong version or text / stored twice",
                     f"{len(db)} / {len(missing)} / {len(wrong)} / {len(twice)}")
            if missing:
                self.fail(f"node {n} lacks {len(missing)} acknowledged notes, e.g. {missing[:5]}")
            if wrong:
                i = wrong[0]
                self.fail(f"node {n}: {len(wrong)} notes differ from their last acknowledged state, e.g. {i}: "
                          f"stored {db[i]}, expected one of {sorted(expected[i])}")
            if twice:
                self.fail(f"node {n}: {len(twice)} texts stored twice, e.g. {twice[0]!r}")
        self.row("writes checked on every node",
                 f"{len(acked)} acknowledged creates present, {len(edits_by_note)} edited notes at their last "
                 f"acknowledged version ({acked_edits} acknowledged edits)")
        return acked_versions, max_version

    def reads(self, acked_versions, max_version):
        for versions in acked_versions.values():
            versions.sort()
        checked = behind = ahead = unknown = 0
        example = None
        with open(os.path.join(self.args.out, "items.tsv")) as f:
            for line in f:
                start, note_id, version = map(int, line.split())
                if note_id not in acked_versions:
                    unknown += 1
                    if version != 0:
                        self.fail(f"read note {note_id} at version {version}, never acknowledged nor edited")
                    continue
                checked += 1
                versions = acked_versions[note_id]
                k = bisect.bisect_left(versions, (start, -1))
                if k > 0 and version < max(v for _, v in versions[:k]):
                    behind += 1
                    example = example or (start, note_id, version, versions[:k][-1])
                if version > max_version[note_id]:
                    ahead += 1
                    example = example or (start, note_id, version, max_version[note_id])
        self.row("page items checked against acknowledged versions",
                 f"{checked} (+{unknown} items of notes never acknowledged), older than acknowledged before "
                 f"the read: {behind}, newer than ever written: {ahead}")
        if behind or ahead:
            self.fail(f"{behind} page items older than acknowledged, {ahead} newer than written; e.g. {example}")

    def go(self):
        if not self.requests:
            self.fail("no requests logged")
            return 1
        self.row("requests", f"{len(self.requests)} in {seconds(self.events['end'] - self.events['start'])}")
        s503 = self.answers()
        self.window_503(s503)
        self.no_answers()
        self.throughput()
        acked_versions, max_version = self.writes()
        self.reads(acked_versions, max_version)
        return 1 if self.failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run")
    run.add_argument("--a", required=True)
    run.add_argument("--b", required=True)
    run.add_argument("--seconds", type=int, required=True)
    run.add_argument("--out", required=True)
    run.add_argument("--tag", required=True)
    run.add_argument("--write-categories", required=True)
    run.add_argument("--edit-category", required=True)
    run.add_argument("--writers", type=int, default=2)
    run.add_argument("--editors", type=int, default=2)
    run.add_argument("--readers", type=int, default=2)
    run.add_argument("--notes", type=int, default=10, help="notes per editor")
    run.add_argument("--pages", type=int, default=4, help="pages per walk of a write category")
    run.add_argument("--limit", type=int, default=25)
    run.add_argument("--stop-file", default="/nonexistent/mixed.py-stop",
                     help="stop starting requests once this file exists")
    check = sub.add_parser("check")
    check.add_argument("--out", required=True)
    check.add_argument("--mode", choices=("node", "instance"), required=True)
    check.add_argument("--events", required=True)
    check.add_argument("--db", nargs=3, required=True)
    args = parser.parse_args()
    if args.command == "run":
        return Run(args).go()
    return Check(args).go()


if __name__ == "__main__":
    sys.exit(main())
