#!/usr/bin/env python3
"""An ancestor-style write path in the Python standard library, for a paired bench (issue 17).

What the tool this project descends from did on every record, re-created: append one JSON line to
memory/evidence.jsonl, read the whole log back and recompute every concept's EWMA of quality (alpha
0.6, the first observation sets it), write a JSON state file and an HTML page, then one git commit
of those files. No validation beyond the concept id, no hash chain, no lock, no journal, no
derived pedagogy: a floor for "append + recompute + render + commit" in a scripting language.

usage: ancestor-write.py ROOT CONCEPT QUALITY
"""
import datetime
import html
import json
import os
import subprocess
import sys
import uuid


def main() -> int:
    root, concept, quality = sys.argv[1], sys.argv[2], float(sys.argv[3])
    memory = os.path.join(root, "memory")
    with open(os.path.join(memory, "domain.json"), encoding="utf-8") as f:
        domain = json.load(f)
    names = {c["id"]: c["name"] for c in domain["concepts"]}
    if concept not in names or not 0 <= quality <= 1:
        print(f"refused: {concept} {quality}", file=sys.stderr)
        return 1
    event = {
        "id": f"evt_{uuid.uuid4().hex}",
        "ts": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "type": "exchange",
        "concept": concept,
        "quality": quality,
    }
    log_path = os.path.join(memory, "evidence.jsonl")
    with open(log_path, "a", encoding="utf-8") as f:
        f.write(json.dumps(event) + "\n")
        f.flush()
        os.fsync(f.fileno())

    mastery: dict = {}
    counts: dict = {}
    with open(log_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            if e.get("type") != "exchange":
                continue
            c, q = e["concept"], e["quality"]
            mastery[c] = q if c not in mastery else 0.6 * q + 0.4 * mastery[c]
            counts[c] = counts.get(c, 0) + 1
    state = {
        "concepts": {c: {"mastery": round(mastery.get(c, 0.0), 4), "observations": counts.get(c, 0)} for c in names},
        "overall": round(sum(mastery.values()) / max(1, len(names)), 4),
    }
    state_path = os.path.join(memory, "ancestor-state.json")
    with open(state_path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(state_path + ".tmp", state_path)

    rows = "".join(
        f"<tr><td>{html.escape(names[c])}</td><td>{s['mastery']:.2f}</td><td>{s['observations']}</td></tr>"
        for c, s in state["concepts"].items()
    )
    page = f"<!doctype html><meta charset=utf-8><title>Progress</title><h1>Overall {state['overall']:.2f}</h1><table>{rows}</table>\n"
    site = os.path.join(root, "site")
    os.makedirs(site, exist_ok=True)
    page_path = os.path.join(site, "ancestor.html")
    with open(page_path + ".tmp", "w", encoding="utf-8") as f:
        f.write(page)
        f.flush()
        os.fsync(f.fileno())
    os.replace(page_path + ".tmp", page_path)

    subprocess.run(["git", "add", "--", log_path, state_path, page_path], cwd=root, check=True)
    subprocess.run(["git", "commit", "-q", "-m", f"record {concept} {quality}"], cwd=root, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
