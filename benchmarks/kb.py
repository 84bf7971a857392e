#!/usr/bin/env python3
"""Knowledge-base retrieval benchmark: `switchboard eval kb` beside tantivy, bm25s and
scikit-learn, on the same articles and queries, in the same run, on the same machine.

    python3 benchmarks/kb.py --articles ARTICLES.jsonl --queries QUERIES.jsonl \
        [--switchboard .build/release/switchboard] [--peers tantivy,bm25s,sklearn] \
        [--repeat 3] [--json | --json-out PATH] [--tantivy-query parser|terms]

Articles are {"id","title","body"} (optional "questions": [...], which the peers add to the
title); queries are {"query","relevant"}. Every system runs in a child process of its own, once
per repeat (the systems take turns, so a load spike on the machine is shared out), and each
figure is the median over the repeats.

What is measured, the same way for every system (as `switchboard eval kb` does it):
- recall@1/5/10 and MRR@10 of the relevant article among the top 10 hits. A hit list holds only
  articles that match the query (score > 0): tantivy returns only matches; bm25s and the
  TF-IDF peer always fill k slots, so their zero-score slots are dropped.
- build seconds: from the parsed articles (lists of Python strings) to an index that answers
  queries; file parsing is excluded.
- query time: one query at a time, in a loop; each timing covers analysing the query, scoring
  and selecting the top 10 (not fetching stored fields). p50 and p99 use the nearest-rank
  percentile of `switchboard eval kb`; queries/second is the query count over the whole loop.
  The peers run one warm-up query first (the first query, outside the timings and the
  figures); `switchboard eval kb` has no warm-up.
- memory: the child's peak RSS (getrusage ru_maxrss, the figure `switchboard eval kb` reports),
  and that peak less the child's RSS once its inputs are loaded ("memory"): for a peer, after
  importing its library and parsing the articles and queries into lists; for Switchboard, after
  parsing the queries, just before it starts streaming the articles into its index (it never
  holds the articles' text, so its peak has no copy of them while a peer's does). That RSS is
  read from /proc while `eval kb` is held at its first standard-error line ("indexing ...",
  written before the article file is opened): its standard error is a full one-page pipe until
  then. The figure is null where that does not work out (off Linux, another first line).
- The Switchboard binary is copied to a temporary directory first, so that every run uses the
  same build even if it is rebuilt meanwhile.

Peers (only the standard library besides them; `pip install tantivy bm25s PyStemmer
scikit-learn`):
- tantivy: title and body as text fields with the `en_stem` tokenizer, an in-RAM index built by
  one writer thread, the query parsed leniently over both fields (its default OR of terms; a
  word the tokenizer splits, such as "I'd" or "e-mail", becomes a phrase query), top 10 by BM25
  (`count=False`). `--tantivy-query terms` ORs the query's en_stem tokens as term queries over
  both fields instead, with no parser syntax and no phrases.
- bm25s: `bm25s.tokenization.Tokenizer` with English stop words and PyStemmer's Snowball
  English stemmer over title + body, BM25 (lucene variant, k1 1.5, b 0.75), top 10.
- sklearn: TfidfVectorizer(sublinear_tf, word unigrams, English stop words) over title + body,
  rows L2-normalised, top 10 by cosine through a precomputed term-by-document matrix.
"""
import argparse, fcntl, gc, json, os, resource, shutil, statistics, subprocess, sys, tempfile
import threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = ("tantivy", "bm25s", "sklearn")
NUMBERS = ("recallAt1", "recallAt5", "recallAt10", "mrrAt10", "buildSeconds", "queryP50Ms",
           "queryP99Ms", "queriesPerSecond", "peakRSSBytes", "loadedRSSBytes", "memoryBytes")


# ---------------------------------------------------------------------------------------------
# Shared helpers


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def rss_now():
    """The current resident set size in bytes (VmRSS), or None off Linux."""
    return status_field("/proc/self/status", "VmRSS")


def status_field(path, name):
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(name + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def peak_rss():
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def cpu_pressure_total():
    """Microseconds during which some task waited for a CPU (Linux PSI), or None."""
    try:
        with open("/proc/pressure/cpu") as handle:
            return int(handle.readline().split("total=")[1])
    except (OSError, IndexError, ValueError):
        return None


def percentile(sorted_times, p):
    """Nearest rank, as `switchboard eval kb`: sorted[min(n - 1, ceil(p * n) - 1)]."""
    if not sorted_times:
        return 0.0
    n = len(sorted_times)
    rank = -(-p * n // 1)  # ceil
    return sorted_times[min(n - 1, max(0, int(rank) - 1))]


# ---------------------------------------------------------------------------------------------
# Peers: each builds an index from (titles, bodies) and returns search(text) -> [positions].


def build_tantivy(titles, bodies, query_mode="parser"):
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("pos", stored=True, indexed=False)
    builder.add_text_field("title", stored=False, tokenizer_name="en_stem")
    builder.add_text_field("body", stored=False, tokenizer_name="en_stem")
    schema = builder.build()
    index = tantivy.Index(schema)  # in RAM
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    for position, (title, body) in enumerate(zip(titles, bodies)):
        writer.add_document(tantivy.Document(pos=position, title=title, body=body))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    fields = ["title", "body"]
    if query_mode == "terms":  # the query's en_stem tokens, each OR-ed over both fields
        analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                    .filter(tantivy.Filter.remove_long(40)).filter(tantivy.Filter.lowercase())
                    .filter(tantivy.Filter.stemmer("english")).build())
        should, term = tantivy.Occur.Should, tantivy.Query.term_query

        def search(text):
            clauses = [(should, term(schema, field, token))
                       for token in dict.fromkeys(analyzer.analyze(text)) for field in fields]
            return searcher.search(tantivy.Query.boolean_query(clauses), 10, count=False).hits
    else:  # the query parser, as a user would: terms OR-ed, a multi-token word as a phrase
        def search(text):
            query, _errors = index.parse_query_lenient(text, fields)
            return searcher.search(query, 10, count=False).hits

    def positions(hits):  # outside the timings: fetch the stored position of each hit
        return [searcher.doc(address)["pos"][0] for _score, address in hits]

    return search, positions


def build_bm25s(titles, bodies):
    import bm25s, Stemmer
    from bm25s.tokenization import Tokenizer

    tokenizer = Tokenizer(stopwords="en", stemmer=Stemmer.Stemmer("english"))
    texts = [t + "\n" + b for t, b in zip(titles, bodies)]
    tokens = tokenizer.tokenize(texts, return_as="tuple", show_progress=False)
    del texts
    retriever = bm25s.BM25()
    retriever.index(tokens, show_progress=False)
    k = min(10, len(titles))

    def search(text):
        ids = tokenizer.tokenize([text], update_vocab=False, return_as="ids", show_progress=False)
        docs, scores = retriever.retrieve(ids, k=k, show_progress=False, n_threads=0)
        return docs[0], scores[0]

    def positions(result):
        docs, scores = result
        return [int(d) for d, s in zip(docs, scores) if s > 0]

    return search, positions


def build_sklearn(titles, bodies):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 1),
                                 dtype=np.float32)
    matrix = vectorizer.fit_transform([t + "\n" + b for t, b in zip(titles, bodies)])  # L2 rows
    by_term = matrix.T.tocsr()  # term x document: a query's scores are a sum of its terms' rows
    del matrix
    count = len(titles)

    def search(text):
        query = vectorizer.transform([text])
        scores = (query @ by_term).toarray().ravel()
        if count > 10:
            top = np.argpartition(-scores, 10)[:10]
        else:
            top = np.arange(count)
        top = top[np.argsort(-scores[top], kind="stable")]
        return top, scores[top]

    def positions(result):
        top, scores = result
        return [int(d) for d, s in zip(top, scores) if s > 0]

    return search, positions


BUILDERS = {"tantivy": build_tantivy, "bm25s": build_bm25s, "sklearn": build_sklearn}


def import_peer(name):
    if name == "tantivy":
        import tantivy  # noqa: F401
    elif name == "bm25s":
        import bm25s, Stemmer  # noqa: F401
        from bm25s.tokenization import Tokenizer  # noqa: F401
    else:
        import numpy  # noqa: F401
        from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: F401


def worker(name, articles_path, queries_path, tantivy_query="parser"):
    """One peer, alone in this process; prints one JSON object like `switchboard eval kb`."""
    import_peer(name)
    articles = read_jsonl(articles_path)
    queries = read_jsonl(queries_path)
    ids = [a["id"] for a in articles]
    titles = [" ".join([a["title"]] + list(a.get("questions") or [])) for a in articles]
    bodies = [a["body"] for a in articles]
    texts = [q["query"] for q in queries]
    relevant = [q["relevant"] for q in queries]
    del articles, queries
    gc.collect()
    loaded = rss_now()
    loaded_peak = peak_rss()

    start = time.perf_counter()
    if name == "tantivy":
        search, positions = build_tantivy(titles, bodies, tantivy_query)
    else:
        search, positions = BUILDERS[name](titles, bodies)
    build_seconds = time.perf_counter() - start

    if texts:
        search(texts[0])  # warm-up, not counted
    results, times = [], []
    clock = time.perf_counter
    run_start = clock()
    for text in texts:
        query_start = clock()
        result = search(text)
        times.append((clock() - query_start) * 1000)
        results.append(result)
    total = clock() - run_start
    peak = peak_rss()

    ranks = []
    for result, target in zip(results, relevant):
        hit_ids = [ids[p] for p in positions(result)][:10]
        ranks.append(hit_ids.index(target) + 1 if target in hit_ids else None)
    report = figures(ranks, times, total)
    report.update(buildSeconds=build_seconds, peakRSSBytes=peak, loadedRSSBytes=loaded,
                  loadedPeakRSSBytes=loaded_peak,
                  memoryBytes=peak - loaded if loaded is not None else None)
    print(json.dumps(report))


def figures(ranks, times, total):
    count = max(1, len(ranks))
    ordered = sorted(times)

    def recall(k):
        return sum(1 for r in ranks if r is not None and r <= k) / count

    return {
        "queries": len(ranks), "recallAt1": recall(1), "recallAt5": recall(5),
        "recallAt10": recall(10),
        "mrrAt10": sum(1 / r for r in ranks if r is not None and r <= 10) / count,
        "queryP50Ms": percentile(ordered, 0.5), "queryP99Ms": percentile(ordered, 0.99),
        "queriesPerSecond": len(ranks) / total if total > 0 else 0.0,
    }


# ---------------------------------------------------------------------------------------------
# Runners (parent side)


def run_peer(name, args):
    command = [sys.executable, os.path.abspath(__file__), "--worker", name,
               "--articles", args.articles, "--queries", args.queries,
               "--tantivy-query", args.tantivy_query]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{name} failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def blocked_on_stderr(pid):
    """Whether a thread of `pid` is blocked writing to its standard error (a full pipe)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return False
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/syscall") as handle:
                fields = handle.read().split()
        except OSError:
            continue
        # write(2, ...): syscall 1 on x86-64, 64 on aarch64
        if len(fields) > 1 and fields[0] in ("1", "64") and fields[1] == "0x2":
            return True
    return False


def run_switchboard(args):
    """Runs `switchboard eval kb --json`, reading its RSS while it waits to start indexing.

    `eval kb` reads the queries, writes "indexing ..., then scoring N queries" to standard error
    and only then streams the articles into the index. Its standard error is a full one-page
    pipe, so that first write blocks; the RSS read then is the loaded RSS (queries only: the
    articles are streamed, never held). Any other first line makes the figure null.
    """
    command = [args.switchboard, "eval", "kb", "--articles", args.articles,
               "--queries", args.queries, "--json"]
    read_end, write_end = os.pipe()
    held = False
    if os.path.exists("/proc/self/task"):
        try:
            capacity = fcntl.fcntl(write_end, getattr(fcntl, "F_SETPIPE_SZ", 1031), 4096)
            os.set_blocking(write_end, False)
            written = 0
            while written < capacity:
                written += os.write(write_end, b"\n" * (capacity - written))
        except BlockingIOError:
            held = True
        except OSError:
            held = False
        else:
            held = True
        os.set_blocking(write_end, True)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=write_end)
    os.close(write_end)
    loaded = None
    captured = []
    if held:
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if blocked_on_stderr(process.pid):
                loaded = status_field(f"/proc/{process.pid}/status", "VmRSS")
                break
            time.sleep(0.0005)
        else:
            print("warning: switchboard never blocked on its standard error; "
                  "no loaded-RSS figure", file=sys.stderr)

    def drain():
        while True:
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            captured.append(chunk)

    drainer = threading.Thread(target=drain)
    drainer.start()
    stdout, _ = process.communicate()
    drainer.join()
    os.close(read_end)
    stderr = b"".join(captured).decode(errors="replace").lstrip("\n")
    if process.returncode != 0:
        sys.exit(f"switchboard failed ({process.returncode}):\n{stderr[-4000:]}")
    if loaded is not None and not stderr.startswith("indexing"):
        print(f"warning: switchboard's first line was {stderr.splitlines()[:1]}, "
              "not 'indexing ...'; no loaded-RSS figure", file=sys.stderr)
        loaded = None
    report = json.loads(stdout.decode().strip().splitlines()[-1])
    report["loadedRSSBytes"] = loaded
    report["memoryBytes"] = report["peakRSSBytes"] - loaded if loaded is not None else None
    return report


def median_report(reports):
    merged = dict(reports[0])
    for key in reports[0]:
        values = [r.get(key) for r in reports]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            merged[key] = statistics.median(values)
        elif any(v is None for v in values):
            present = [v for v in values if v is not None]
            merged[key] = statistics.median(present) if present else None
    merged["runs"] = reports
    return merged


# ---------------------------------------------------------------------------------------------
# Output


def mib(value):
    return None if value is None else value / 1_048_576


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def ratios(results):
    sb = results.get("switchboard")
    out = {}
    if not sb:
        return out
    for peer in PEERS:
        p = results.get(peer)
        if not p:
            continue
        out[peer] = {
            "queryP50Ms": ratio(sb["queryP50Ms"], p["queryP50Ms"]),
            "queryP99Ms": ratio(sb["queryP99Ms"], p["queryP99Ms"]),
            "buildSeconds": ratio(sb["buildSeconds"], p["buildSeconds"]),
            "memoryBytes": ratio(sb["memoryBytes"], p["memoryBytes"]),
            "peakRSSBytes": ratio(sb["peakRSSBytes"], p["peakRSSBytes"]),
            "queriesPerSecond": ratio(sb["queriesPerSecond"], p["queriesPerSecond"]),
            "recallAt1": ratio(sb["recallAt1"], p["recallAt1"]),
            "mrrAt10": ratio(sb["mrrAt10"], p["mrrAt10"]),
        }
    return out


def cell(value, places):
    return "-" if value is None else f"{value:.{places}f}"


def print_tables(results, rel, args, repeat):
    first = next(iter(results.values()))
    print(f"articles {args.articles}\nqueries  {args.queries} ({first['queries']})\n"
          f"medians of {repeat} run(s); memory = peak RSS less RSS after loading (peak = absolute)"
          + ("; tantivy queries as OR-ed terms" if args.tantivy_query == "terms" else ""))
    load = getattr(args, "load", None)
    if load and None not in load:
        print(f"load average (1 min) {load[0]:.2f} before, {load[1]:.2f} after, "
              f"on {os.cpu_count()} cores")
    pressure = getattr(args, "pressure", None)
    if pressure is not None:
        print(f"CPU pressure {pressure:.0%} (share of the run's wall time in which some task "
              "waited for a core: timings are noisier the higher it is)")
    header = ["system", "R@1", "R@5", "R@10", "MRR@10", "build s", "p50 ms", "p99 ms", "q/s",
              "memory MiB", "peak MiB"]
    rows = []
    for name, r in results.items():
        rows.append([name, cell(r["recallAt1"], 3), cell(r["recallAt5"], 3),
                     cell(r["recallAt10"], 3), cell(r["mrrAt10"], 3),
                     cell(r["buildSeconds"], 3), cell(r["queryP50Ms"], 3),
                     cell(r["queryP99Ms"], 3), cell(r["queriesPerSecond"], 0),
                     cell(mib(r["memoryBytes"]), 1), cell(mib(r["peakRSSBytes"]), 1)])
    table(header, rows)
    lines = []
    if "tantivy" in rel:
        t = rel["tantivy"]
        lines += [["p50 / tantivy", cell(t["queryP50Ms"], 2)],
                  ["p99 / tantivy", cell(t["queryP99Ms"], 2)],
                  ["build / tantivy", cell(t["buildSeconds"], 2)],
                  ["memory / tantivy", cell(t["memoryBytes"], 2)],
                  ["peak RSS / tantivy", cell(t["peakRSSBytes"], 2)]]
    if "bm25s" in rel:
        lines.append(["R@1 / bm25s", cell(rel["bm25s"]["recallAt1"], 3)])
    if lines:
        print()
        table(["Switchboard ratio", "value"], lines)


def table(header, rows):
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    fmt = lambda row: "  ".join(  # noqa: E731
        str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths)))
    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--switchboard", default=os.path.join(ROOT, ".build/release/switchboard"))
    parser.add_argument("--peers", default=",".join(PEERS),
                        help="comma-separated, from tantivy,bm25s,sklearn (empty for none)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per system; medians reported")
    parser.add_argument("--json", action="store_true", help="print all figures as JSON")
    parser.add_argument("--json-out", metavar="PATH",
                        help="also write all figures as JSON to PATH (with the tables printed)")
    parser.add_argument("--tantivy-query", choices=("parser", "terms"), default="parser",
                        help="parser: tantivy's query parser over both fields (default); terms: "
                        "the query's en_stem tokens as term queries OR-ed over both fields "
                        "(no phrase for a word like I'd or e-mail)")
    parser.add_argument("--no-switchboard", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", choices=PEERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.articles, args.queries, args.tantivy_query)
        return
    peers = [p for p in args.peers.split(",") if p]
    for p in peers:
        if p not in PEERS:
            parser.error(f"unknown peer {p!r}; choose from {','.join(PEERS)}")
    systems = ([] if args.no_switchboard else ["switchboard"]) + peers
    if "switchboard" in systems and not os.access(args.switchboard, os.X_OK):
        sys.exit(f"no switchboard binary at {args.switchboard}: "
                 "run `swift build -c release` or pass --switchboard")
    repeat = max(1, args.repeat)
    scratch = tempfile.TemporaryDirectory(prefix="kb-bench-")
    if "switchboard" in systems:
        binary = os.path.join(scratch.name, "switchboard")
        shutil.copy2(args.switchboard, binary)
        args.switchboard_source, args.switchboard = args.switchboard, binary
    runs = {name: [] for name in systems}
    load_before = load_average()
    pressure_before, wall_before = cpu_pressure_total(), time.monotonic()
    for index in range(repeat):
        order = systems[index % len(systems):] + systems[:index % len(systems)]
        for name in order:
            print(f"run {index + 1}/{repeat}: {name}", file=sys.stderr, flush=True)
            runs[name].append(run_switchboard(args) if name == "switchboard"
                              else run_peer(name, args))
    results = {name: median_report(runs[name]) for name in systems}
    args.load = [load_before, load_average()]
    pressure_after = cpu_pressure_total()
    args.pressure = (None if None in (pressure_before, pressure_after) else
                     (pressure_after - pressure_before) / 1e6 / (time.monotonic() - wall_before))
    rel = ratios(results)
    everything = {"articles": args.articles, "queries": args.queries, "repeat": repeat,
                  "tantivyQuery": args.tantivy_query,
                  "switchboard": getattr(args, "switchboard_source", None),
                  "loadAverage1m": args.load, "cpuPressureShare": args.pressure,
                  "systems": results, "switchboardRatios": rel}
    if args.json_out:
        with open(args.json_out, "w") as handle:
            json.dump(everything, handle, indent=2)
    if args.json:
        print(json.dumps(everything, indent=2))
    else:
        print_tables(results, rel, args, repeat)


if __name__ == "__main__":
    main()
