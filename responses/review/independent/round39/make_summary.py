import json
V=[json.loads(l) for l in open('/work/blind/review39/verdicts.jsonl')]
def row(label,sel,ok):
    s=[v for v in V if sel(v)]; bad=[v['n'] for v in s if not ok(v)]
    return f"| {label} | {len(s)-len(bad)}/{len(s)} | {', '.join(map(str,bad)) or '-'} |"
R=[
row("Staff scripts sendable (staff_script: sendable)",lambda v:v['kind']=='staff_script',lambda v:v['sendable']),
row("Staff coaching right (staff_coaching: judgement_ok and sendable)",lambda v:v['kind']=='staff_coaching',lambda v:v['sendable'] and v['judgement_ok']),
row("Staff answers right overall (all staff: judgement_ok, sendable, facts_true)",lambda v:v['audience']=='staff',lambda v:v['sendable'] and v['judgement_ok'] and v['facts_true']),
row("Client auto-replies sendable (client_auto)",lambda v:v['kind']=='client_auto',lambda v:v['sendable']),
row("Client drafts approvable (client_draft)",lambda v:v['kind']=='client_draft',lambda v:v['sendable']),
row("Drafts attached to hand-offs approvable (handoff)",lambda v:v['kind']=='handoff',lambda v:v['sendable']),
row("Hand-off/quiet judgement right (handoff, client_draft, quiet)",lambda v:v['kind'] in('handoff','client_draft','quiet'),lambda v:v['judgement_ok']),
row("Client choice right overall: reply vs hand-off vs quiet (all client)",lambda v:v['audience']=='client',lambda v:v['judgement_ok']),
row("Entries free of factual error (all 120; failing = entries WITH a factual error)",lambda v:True,lambda v:v["facts_true"]),
row("All 120: sendable, judgement_ok and facts_true",lambda v:True,lambda v:v['sendable'] and v['judgement_ok'] and v['facts_true']),
]
print("| Figure | Right | Failing entries |\n| --- | --- | --- |")
print("\n".join(R))
