#!/usr/bin/env python3
"""A minimal client for `switchboard bridge` (JSON Lines, protocol 1.5): copy it into a frontend.

It starts the bridge as a subprocess, waits for the `ready` line, then sends requests and reads
the response each gets. Responses come back in the order requests were written, so a client
that writes from several threads must pair them up by `id` (this one sends one at a time).

Protocol 1.1 adds backend actions: after a reply, the bridge may write an `action` line asking
the frontend to look something up (an order's status, whether a refund is allowed). This client
answers them from ACTIONS below, standing in for the frontend's own backend, with an
`action_result` line; the reply to that line carries the conversation on. See docs/actions.md.
From protocol 1.3, an `action_result` the bridge cannot read (say `"ok": "yes"`) fails the call
at once: the reply still comes, takes the flow's failure path, and says what was wrong in
`action.error`, which this client reports.

    python3 examples/bridge_client.py                     # a short scripted conversation
    python3 examples/bridge_client.py --interactive       # type messages yourself
    python3 examples/bridge_client.py --binary .build/release/switchboard --bot intents/tidepool

See docs/bridge.md for every field and error code.
"""

import argparse
import itertools
import json
import os
import subprocess
import sys


def order_status(args):
    """Stands in for the shop's order database."""
    if args.get("order_id") == "TP-40400000":
        return {"ok": False, "error": "no such order"}
    return {"ok": True, "data": {"status": "delivered"}}


def refund_eligibility(args):
    """Stands in for the payments service's refund rules."""
    return {"ok": True, "data": {"eligible": True}}


# The actions this frontend can perform, by name; any other is answered as a failure.
ACTIONS = {"order_status": order_status, "refund_eligibility": refund_eligibility}


def minor_version(ready):
    """The minor number of a ready line's "version" ("1.2" is 2); 0 when it has none (1.0)."""
    try:
        return int(str(ready.get("version", "1.0")).split(".")[1])
    except (IndexError, ValueError):
        return 0


class Bridge:
    """One `switchboard bridge` process serving any number of sessions."""

    def __init__(self, command):
        # A text pipe in, raw bytes out (read by _read, a line at a time);
        # the bridge's diagnostics go to our stderr.
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1
        )
        self.output = self.process.stdout.buffer.raw.fileno()
        self.unread = b""
        self.ids = itertools.count(1)
        self.ready = self._read()
        if self.ready.get("type") != "ready" or self.ready.get("protocol") != 1:
            raise RuntimeError(f"not a protocol 1 bridge: {self.ready}")
        # A 1.0 bridge never asks for actions; 1.1 and later say so in "version". Compare the
        # minor number as a number: a later minor version keeps everything of the earlier ones.
        self.actions = minor_version(self.ready) >= 1

    def _read(self):
        while b"\n" not in self.unread:
            chunk = os.read(self.output, 65536)
            if not chunk:
                raise RuntimeError(f"the bridge exited (status {self.process.wait()})")
            self.unread += chunk
        line, self.unread = self.unread.split(b"\n", 1)
        return json.loads(line)

    def _write(self, fields):
        self.process.stdin.write(json.dumps(fields, ensure_ascii=False) + "\n")
        self.process.stdin.flush()

    def request(self, **fields):
        """Sends one request and returns its responses: the reply, then the replies to any
        actions it led to (answered here with `action_result` lines)."""
        fields.setdefault("id", next(self.ids))
        self._write(fields)
        response = self._read()
        if response.get("id") != fields["id"]:
            raise RuntimeError(f"response out of step: sent {fields['id']}, got {response}")
        responses = [response]
        while self.actions and response.get("type") == "reply" and "actionFollows" in response:
            # The reply names the call of the action line that follows it.
            action = self._read()
            if action.get("type") != "action":
                raise RuntimeError(f"expected an action line, got {action}")
            print(f"  [action {action['name']} {json.dumps(action['args'])}, call {action['call']}]")
            perform = ACTIONS.get(action["name"], lambda args: {"ok": False, "error": "unknown action"})
            result = perform(action["args"])
            answer = {"id": next(self.ids), "type": "action_result", "session": action["session"],
                      "call": action["call"], **result}
            self._write(answer)
            response = self._read()
            error = (response.get("action") or {}).get("error")
            if error:
                # Protocol 1.3: our line was malformed, so the call failed; the reply carries on.
                print(f"  [our action_result was refused ({error['code']}): {error['message']}]")
            responses.append(response)
        return responses

    def say(self, session, text, **extra):
        return self.request(session=session, text=text, **extra)

    def close(self):
        self.process.stdin.close()  # end of input: the bridge answers what it has and exits 0
        return self.process.wait()


def show(replies):
    for reply in replies if isinstance(replies, list) else [replies]:
        show_one(reply)


def show_one(reply):
    if reply["type"] == "error":
        print(f"  [error {reply['error']['code']}: {reply['error']['message']}]")
        return
    for message in reply.get("messages", []):
        print(f"bot> {message['text']}")
        if "options" in message:
            print("     " + "  ".join(f"[{option}]" for option in message["options"]))
    if reply.get("handoff"):
        handoff = reply["handoff"]
        print(f"  [handed off: ticket {handoff['ticket']}, {handoff['queue']} queue, due {handoff['due']}]")
    if reply.get("ended"):
        print("  [conversation ended]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="switchboard", help="the switchboard executable")
    parser.add_argument("--bot", help="the bot folder (default: the one under intents/)")
    parser.add_argument("--handoff-log", default="handoff.jsonl")
    parser.add_argument("--session", default="web-42")
    parser.add_argument("--interactive", action="store_true", help="read messages from the terminal")
    args = parser.parse_args()

    command = [args.binary, "bridge", "--handoff-log", args.handoff_log]
    if args.bot:
        command += ["--bot", args.bot]
    bridge = Bridge(command)
    print(f"connected to {bridge.ready['bot']} (protocol {bridge.ready['protocol']})")

    # Open the session with the greeting; tell the bot what the frontend knows about the user.
    show(bridge.request(type="start", session=args.session, user="u-1001", context={"plan": "free"}))
    if args.interactive:
        for line in sys.stdin:
            print(f"you> {line.strip()}")
            show(bridge.say(args.session, line.strip()))
    else:
        # The refund flow end to end: the order lookup and the eligibility check are actions.
        for text in ["I want a refund", "TP-12345678", "I bought it by accident", "4.99", "yesterday", "yes"]:
            print(f"you> {text}")
            show(bridge.say(args.session, text))
    print("state:", bridge.request(type="state", session=args.session)[0]["state"])
    show(bridge.request(type="end", session=args.session))
    sys.exit(bridge.close())


if __name__ == "__main__":
    main()
