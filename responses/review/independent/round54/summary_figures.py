import json
R = [json.loads(l) for l in open('/work/blind/review54/verdicts.jsonl')]
def row(label, sel, ok):
    items = [r for r in R if sel(r)]
    fail = [r['n'] for r in items if not ok(r)]
    good = len(items) - len(fail)
    pct = f"{100*good/len(items):.0f}%" if items else "-"
    return f"| {label} | {good}/{len(items)} ({pct}) | {', '.join(map(str, fail)) or '—'} |"
rows = [
 row("Staff scripts sendable", lambda r: r['kind']=='staff_script', lambda r: r['sendable']),
 row("Staff coaching right (judgement_ok and sendable)", lambda r: r['kind']=='staff_coaching', lambda r: r['sendable'] and r['judgement_ok']),
 row("Staff answers right overall (judgement_ok, sendable, facts_true)", lambda r: r['audience']=='staff', lambda r: r['sendable'] and r['judgement_ok'] and r['facts_true']),
 row("Client auto-replies sendable", lambda r: r['kind']=='client_auto', lambda r: r['sendable']),
 row("Client drafts (held for approval) approvable", lambda r: r['kind']=='client_draft', lambda r: r['sendable']),
 row("Drafts attached to hand-offs approvable", lambda r: r['kind']=='handoff', lambda r: r['sendable']),
 row("Hand-off / quiet / held-draft judgement right", lambda r: r['kind'] in ('handoff','quiet','client_draft'), lambda r: r['judgement_ok']),
 row("All client messages right overall", lambda r: r['audience']=='client', lambda r: r['sendable'] and r['judgement_ok'] and r['facts_true']),
 row("Entries with no factual error", lambda r: True, lambda r: r['facts_true']),
 row("All 120 right overall", lambda r: True, lambda r: r['sendable'] and r['judgement_ok'] and r['facts_true']),
]
print("| measure | right | failing entries |\n| --- | --- | --- |")
print("\n".join(rows))
from collections import Counter
print()
print("kinds:", dict(Counter(r['kind'] for r in R)), "audience:", dict(Counter(r['audience'] for r in R)))
