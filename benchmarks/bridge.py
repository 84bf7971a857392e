#!/usr/bin/env python3
"""Measures `switchboard bridge` through one process, and the python-aiml peer answering
in-process, on the same machine in the same run.

    swift build -c release
    pip install python-aiml
    python3 benchmarks/bridge.py [--switchboard .build/release/switchboard] [--turns 100000]

Figures (example bot intents/tidepool, piped input):
- throughput: every request fed at once through the pipe (by `cat`) while Python reads the
  responses; turns/s = turns / (last response read - first request written). The bridge
  writes and flushes every response at once either way; the headline reader takes what has
  arrived every millisecond, as a busy frontend would, and a second run wakes the reader for
  every response (each wake-up costs the bridge a context switch, so it measures the pipe as
  much as the bridge). 1,000 concurrent
  sessions each walk through conversation scripts (a refund flow, help-center questions, small
  talk and fallbacks, a cancelled flow); no turn hands off, so no fsync of the handoff log;
- turn latency: one request at a time, the time from writing it to reading its response
  (the round trip through both pipes, measured in Python), p50/p99/max;
- handoff turns: the same, for turns that append to the handoff log (fsync before the reply);
- --conversation-log: the same throughput runs with every turn's events appended to the
  conversation log (one write per turn before its reply, fsync at most once a second), and
  the turn latency with it;
- --state-dir: throughput when every turn also writes its session's file (fsync, rename);
- restart: sessions saved with --state-dir, the bridge stopped and started again, every
  session's position compared;
- memory per idle session: RSS after 100,000 sessions minus RSS after `ready`, divided by
  100,000, for sessions just greeted, sessions in the middle of a flow (greeting + 2 turns) and
  longer conversations (greeting + 8 turns);
- the peer: python-aiml's Kernel.respond in-process (no pipes, no JSON) on a small set of AIML
  categories covering the same conversations, over the same 1,000 sessions.
"""
import argparse, json, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

SCRIPTS = [
    ["I want a refund", "TP-12345678", "My coins never arrived", "4.99", "yesterday", "yes", "5"],
    ["how do I reset my password", "how long do refunds take", "what is tidepool plus", "thanks"],
    ["hello", "are you a bot", "asdf qwer", "what can you do", "bye"],
    ["I want a refund", "cancel", "my payment failed", "cancel", "no thanks"],
]
HANDOFF_SCRIPT = ["talk to a human", "Payments or Plus"]


def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


class Bridge:
    def __init__(self, binary, *extra, scratch):
        self.log = os.path.join(scratch, "handoff.jsonl")
        self.process = subprocess.Popen(
            [binary, "bridge", "--bot", os.path.join(ROOT, "intents", "tidepool"), "--handoff-log", self.log,
             # The refund conversations call actions; answered in-process, one line per line.
             "--mocks", os.path.join(ROOT, "intents", "tidepool", "mocks.json"), *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.ready = json.loads(self.process.stdout.readline())
        self.reader = self.process.stdout

    def round_trip(self, line):
        start = time.perf_counter_ns()
        self.process.stdin.write(line)
        self.process.stdin.flush()
        response = self.reader.readline()
        return time.perf_counter_ns() - start, response

    def pipelined(self, lines, batched=True):
        """Feeds every line through the pipe at once while reading the responses in large
        chunks; returns (seconds from the first line written to the last response read, the
        responses). A `cat` process writes the lines into the bridge's standard input, so the
        Python reader never competes with a writer thread for the interpreter lock."""
        with tempfile.NamedTemporaryFile(delete=False) as handle:
            handle.write(b"".join(lines))
        self.process.stdin.flush()
        fd = self.reader.fileno()
        chunks = []
        received = 0
        started = time.perf_counter()
        feeder = subprocess.Popen(["cat", handle.name], stdout=self.process.stdin)
        while received < len(lines):
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                sys.exit("the bridge closed its output early")
            chunks.append(chunk)
            received += chunk.count(b"\n")
            if batched and len(chunk) < 1 << 16:
                # Let responses gather (a busy frontend reads in batches): waking this
                # reader for every line would cost the bridge a context switch per line.
                time.sleep(0.001)
        elapsed = time.perf_counter() - started
        feeder.wait()
        os.unlink(handle.name)
        return elapsed, b"".join(chunks).split(b"\n")[:-1]

    def close(self):
        self.process.stdin.close()
        return self.process.wait()


def request(session, text, index):
    return (json.dumps({"id": index, "session": session, "text": text}) + "\n").encode()


def workload(turns, sessions):
    """`turns` message lines over `sessions` sessions, round robin; each session walks whole
    scripts one after another, starting at a different one."""
    script = [session % len(SCRIPTS) for session in range(sessions)]
    step = [0] * sessions
    lines = []
    for index in range(turns):
        session = index % sessions
        lines.append(request(f"web-{session:06d}", SCRIPTS[script[session]][step[session]], index))
        step[session] += 1
        if step[session] == len(SCRIPTS[script[session]]):
            script[session] = (script[session] + 1) % len(SCRIPTS)
            step[session] = 0
    return lines


def check(responses, what):
    errors = sum(1 for response in responses if b'"type":"error"' in response)
    handoffs = sum(1 for response in responses if b'"handoff":{' in response)
    if errors:
        sys.exit(f"{what}: {errors} error responses, e.g. {next(r for r in responses if b'error' in r)!r}")
    return handoffs


def measure_bridge(args, scratch):
    results = {}
    bridge = Bridge(args.switchboard, scratch=scratch)
    warm = workload(5_000, 1_000)
    bridge.pipelined(warm)
    lines = workload(args.turns, args.sessions)
    elapsed, responses = bridge.pipelined(lines)
    results["handoffsInThroughputRun"] = check(responses, "throughput run")
    results["turns"] = len(lines)
    results["turnsPerSecond"] = len(lines) / elapsed
    elapsed, responses = bridge.pipelined(lines, batched=False)
    check(responses, "eager throughput run")
    results["eagerTurnsPerSecond"] = len(lines) / elapsed

    latencies = []
    for line in workload(args.latency_turns, args.sessions):
        took, response = bridge.round_trip(line)
        latencies.append(took / 1e6)
    results["p50Ms"] = quantile(latencies, 0.50)
    results["p99Ms"] = quantile(latencies, 0.99)
    results["maxMs"] = max(latencies)

    handoff_latencies = []
    for index in range(args.handoffs):
        session = f"handoff-{index:05d}"
        for text in HANDOFF_SCRIPT:
            took, response = bridge.round_trip(request(session, text, index))
        if b'"handoff":{' not in response:
            sys.exit(f"expected a handoff: {response!r}")
        handoff_latencies.append(took / 1e6)
    results["handoffP50Ms"] = quantile(handoff_latencies, 0.50)
    results["handoffP99Ms"] = quantile(handoff_latencies, 0.99)
    bridge.close()
    return results


def measure_conversation_log(args, scratch):
    log = os.path.join(scratch, "conversations.jsonl")
    bridge = Bridge(args.switchboard, "--conversation-log", log, scratch=scratch)
    bridge.pipelined(workload(5_000, 1_000))
    lines = workload(args.turns, args.sessions)
    elapsed, responses = bridge.pipelined(lines)
    check(responses, "--conversation-log run")
    results = {"logTurnsPerSecond": len(lines) / elapsed}
    elapsed, responses = bridge.pipelined(lines, batched=False)
    check(responses, "--conversation-log eager run")
    results["logEagerTurnsPerSecond"] = len(lines) / elapsed
    latencies = []
    for line in workload(args.latency_turns, args.sessions):
        took, _ = bridge.round_trip(line)
        latencies.append(took / 1e6)
    results["logP50Ms"] = quantile(latencies, 0.50)
    results["logP99Ms"] = quantile(latencies, 0.99)
    bridge.close()
    with open(log, "rb") as handle:
        events = handle.read().count(b"\n")
    results["logEvents"] = events
    results["logBytes"] = os.path.getsize(log)
    os.unlink(log)
    return results


def measure_state_dir(args, scratch):
    state = os.path.join(scratch, "state")
    bridge = Bridge(args.switchboard, "--state-dir", state, scratch=scratch)
    lines = workload(args.state_turns, args.restart_sessions)
    elapsed, responses = bridge.pipelined(lines)
    check(responses, "--state-dir run")
    positions = {}
    for index in range(args.restart_sessions):
        _, response = bridge.round_trip(
            (json.dumps({"type": "state", "session": f"web-{index:06d}"}) + "\n").encode())
        positions[index] = json.loads(response)
    bridge.close()
    restarted = Bridge(args.switchboard, "--state-dir", state, scratch=scratch)
    resumed = restarted.ready["sessions"]
    same = 0
    for index in range(args.restart_sessions):
        _, response = restarted.round_trip(
            (json.dumps({"type": "state", "session": f"web-{index:06d}"}) + "\n").encode())
        same += json.loads(response) == positions[index]
    restarted.close()
    return {
        "stateDirTurnsPerSecond": len(lines) / elapsed,
        "restartSessions": args.restart_sessions,
        "restartResumed": resumed,
        "restartIdentical": same,
    }


def measure_memory(args, scratch, messages):
    bridge = Bridge(args.switchboard, scratch=scratch)
    time.sleep(0.2)
    before = rss_bytes(bridge.process.pid)
    lines = []
    for index in range(args.memory_sessions):
        session = f"idle-{index:06d}"
        lines.append((json.dumps({"type": "start", "session": session}) + "\n").encode())
        for text in messages:
            lines.append(request(session, text, index))
    for start in range(0, len(lines), 50_000):
        _, responses = bridge.pipelined(lines[start:start + 50_000])
        check(responses, "memory run")
    time.sleep(0.2)
    after = rss_bytes(bridge.process.pid)
    bridge.close()
    return (after - before) / args.memory_sessions, before, after


AIML_CATEGORIES = [
    ("HELLO", "Hi, I'm the Tidepool Support assistant. What can I do for you?"),
    ("HI", "<srai>HELLO</srai>"), ("HEY", "<srai>HELLO</srai>"), ("HELLO *", "<srai>HELLO</srai>"),
    ("I WANT A REFUND", "What's the order number? It starts with TP- and is on the receipt we emailed you."),
    ("* REFUND", "<srai>I WANT A REFUND</srai>"), ("* REFUND *", "<srai>I WANT A REFUND</srai>"),
    ("REFUND *", "<srai>I WANT A REFUND</srai>"),
    ("TP *", "What's the reason for the refund?"),
    ("MY COINS NEVER ARRIVED", "How much was the purchase? A number is fine, for example 4.99."),
    ("* NEVER ARRIVED", "<srai>MY COINS NEVER ARRIVED</srai>"),
    ("YESTERDAY", "To confirm: you'd like a refund for that order. Shall I submit it?"),
    ("YES", "Done: your refund request is in."), ("NO", "OK, nothing was submitted."),
    ("CANCEL", "OK, I've stopped that. What else can I help with?"),
    ("NO THANKS", "OK. You can ask me something else at any time."),
    ("HOW DO I RESET MY PASSWORD", "To reset your password, tap Forgot password on the sign-in screen."),
    ("* PASSWORD *", "<srai>HOW DO I RESET MY PASSWORD</srai>"), ("* PASSWORD", "<srai>HOW DO I RESET MY PASSWORD</srai>"),
    ("HOW LONG DO REFUNDS TAKE", "Refunds usually reach you within 5 to 10 business days."),
    ("* REFUNDS TAKE", "<srai>HOW LONG DO REFUNDS TAKE</srai>"),
    ("WHAT IS TIDEPOOL PLUS", "Tidepool Plus is our subscription: no ads, HD downloads and monthly coins."),
    ("* TIDEPOOL PLUS", "<srai>WHAT IS TIDEPOOL PLUS</srai>"),
    ("THANKS", "You're welcome!"), ("THANK YOU", "<srai>THANKS</srai>"), ("BYE", "Goodbye!"),
    ("ARE YOU A BOT", "I'm Tidepool Support, an automated assistant."),
    ("* BOT", "<srai>ARE YOU A BOT</srai>"),
    ("WHAT CAN YOU DO", "I can help with sign-in, payments and refunds, Tidepool Plus and more."),
    ("HELP", "<srai>WHAT CAN YOU DO</srai>"),
    ("MY PAYMENT FAILED", "Sorry about that. What happened when you tried to pay?"),
    ("* PAYMENT *", "<srai>MY PAYMENT FAILED</srai>"),
    ("TALK TO A HUMAN", "Sure. So the right team picks this up, what is it about?"),
    ("* HUMAN", "<srai>TALK TO A HUMAN</srai>"), ("AGENT", "<srai>TALK TO A HUMAN</srai>"),
    ("I CAN NOT SIGN IN", "Let's get you back in. Which email do you sign in with?"),
    ("* SIGN IN", "<srai>I CAN NOT SIGN IN</srai>"),
    ("DELETE MY ACCOUNT", "Deleting your account removes your videos and purchases after 30 days."),
    ("* DELETE *", "<srai>DELETE MY ACCOUNT</srai>"),
    ("*", "Sorry, I didn't catch that. Could you put it another way?"),
]


def measure_peer(args, scratch):
    try:
        import aiml
    except ImportError:
        return None
    path = os.path.join(scratch, "tidepool.aiml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<aiml version="1.0.1">\n')
        for pattern, template in AIML_CATEGORIES:
            handle.write(f"<category><pattern>{pattern}</pattern><template>{template}</template></category>\n")
        handle.write("</aiml>\n")
    kernel = aiml.Kernel()
    kernel.verbose(False)
    kernel.learn(path)
    turns = [(json.loads(line)["session"], json.loads(line)["text"]) for line in workload(args.peer_turns, args.sessions)]
    for session, text in turns[:5_000]:
        kernel.respond(text, session)
    started = time.perf_counter()
    for session, text in turns:
        kernel.respond(text, session)
    elapsed = time.perf_counter() - started
    latencies = []
    for session, text in turns[: args.latency_turns]:
        start = time.perf_counter_ns()
        kernel.respond(text, session)
        latencies.append((time.perf_counter_ns() - start) / 1e6)
    return {
        "categories": kernel.numCategories(),
        "turnsPerSecond": len(turns) / elapsed,
        "p50Ms": quantile(latencies, 0.50),
        "p99Ms": quantile(latencies, 0.99),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switchboard", default=os.path.join(ROOT, ".build", "release", "switchboard"))
    parser.add_argument("--turns", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=1_000)
    parser.add_argument("--latency-turns", type=int, default=20_000)
    parser.add_argument("--handoffs", type=int, default=200)
    parser.add_argument("--state-turns", type=int, default=5_000)
    parser.add_argument("--restart-sessions", type=int, default=1_000)
    parser.add_argument("--memory-sessions", type=int, default=100_000)
    parser.add_argument("--peer-turns", type=int, default=100_000)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not os.path.exists(args.switchboard):
        sys.exit(f"{args.switchboard} is missing: run swift build -c release")
    scratch = tempfile.mkdtemp(prefix="switchboard-bridge-bench-")

    figures = measure_bridge(args, scratch)
    figures.update(measure_conversation_log(args, scratch))
    figures.update(measure_state_dir(args, scratch))
    memory = {}
    for name, messages in [
        ("greeted", []), ("midFlow", ["I want a refund", "TP-12345678"]),
        ("long", ["hello", "I want a refund", "TP-12345678", "My coins never arrived", "4.99",
                  "how long do refunds take", "yesterday", "no"]),
    ]:
        per_session, before, after = measure_memory(args, scratch, messages)
        memory[name] = {"bytesPerSession": per_session, "rssBefore": before, "rssAfter": after}
    figures["memory"] = memory
    peer = measure_peer(args, scratch)
    figures["peer"] = peer
    if args.json:
        print(json.dumps(figures))
        return

    print(f"switchboard bridge, example bot, {args.sessions:,} sessions, one process, piped input")
    print(f"  throughput            {figures['turnsPerSecond']:>10,.0f} turns/s   ({figures['turns']:,} turns,"
          f" reader takes responses in batches)")
    print(f"                        {figures['eagerTurnsPerSecond']:>10,.0f} turns/s   (reader woken for every response)")
    print(f"  turn latency          p50 {figures['p50Ms']:.3f} ms   p99 {figures['p99Ms']:.3f} ms   max {figures['maxMs']:.3f} ms"
          f"   (round trip, one at a time, {args.latency_turns:,} turns)")
    print(f"  handoff turns         p50 {figures['handoffP50Ms']:.3f} ms   p99 {figures['handoffP99Ms']:.3f} ms"
          f"   (fsync of the handoff log before the reply)")
    print(f"  with --conversation-log {figures['logTurnsPerSecond']:>8,.0f} turns/s   (batched reader; "
          f"{figures['logEagerTurnsPerSecond']:,.0f} eager; p50 {figures['logP50Ms']:.3f} ms, "
          f"p99 {figures['logP99Ms']:.3f} ms; {figures['logEvents']:,} events, "
          f"{figures['logBytes'] / 2**20:.1f} MiB)")
    print(f"  with --state-dir      {figures['stateDirTurnsPerSecond']:>10,.0f} turns/s   (a synced file per turn)")
    print(f"  restart               {figures['restartResumed']:,} of {figures['restartSessions']:,} sessions resumed,"
          f" {figures['restartIdentical']:,} at the same position")
    for name, values in memory.items():
        print(f"  idle session ({name:8}) {values['bytesPerSession']:>7,.0f} bytes   "
              f"(RSS {values['rssBefore'] / 2**20:.1f} MiB -> {values['rssAfter'] / 2**20:.1f} MiB, {args.memory_sessions:,} sessions)")
    if peer:
        print(f"python-aiml, in-process Kernel.respond, {peer['categories']} categories, same conversations")
        print(f"  throughput            {peer['turnsPerSecond']:>10,.0f} replies/s")
        print(f"  reply latency         p50 {peer['p50Ms']:.3f} ms   p99 {peer['p99Ms']:.3f} ms")
        print(f"ratio (bridge / peer)   {figures['turnsPerSecond'] / peer['turnsPerSecond']:.2f}x throughput")
    else:
        print("python-aiml is not installed (pip install python-aiml): no peer figure")


if __name__ == "__main__":
    main()
