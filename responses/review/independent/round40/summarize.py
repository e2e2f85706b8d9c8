import json
R=[json.loads(l) for l in open('/work/blind/review40/verdicts.jsonl')]
def row(label,sel,ok):
    s=[r for r in R if sel(r)]; f=[r['n'] for r in s if not ok(r)]
    return f"| {label} | {len(s)-len(f)}/{len(s)} | {len(s) and round(100*(len(s)-len(f))/len(s))}% | {', '.join(map(str,f)) or '-'} |"
rows=[
row("Staff scripts sendable",lambda r:r['kind']=='staff_script',lambda r:r['sendable']),
row("Staff coaching right (judgement_ok and sendable)",lambda r:r['kind']=='staff_coaching',lambda r:r['sendable'] and r['judgement_ok']),
row("Staff answers right overall (judgement_ok, sendable, facts_true)",lambda r:r['audience']=='staff',lambda r:r['sendable'] and r['judgement_ok'] and r['facts_true']),
row("Client auto-replies sendable",lambda r:r['kind']=='client_auto',lambda r:r['sendable']),
row("Client drafts (held for approval) approvable",lambda r:r['kind']=='client_draft',lambda r:r['sendable']),
row("Drafts attached to hand-offs approvable",lambda r:r['kind']=='handoff',lambda r:r['sendable']),
row("Hand-off/quiet judgement right",lambda r:r['kind'] in('handoff','quiet'),lambda r:r['judgement_ok']),
row("Client-side routing judgement right (all client entries)",lambda r:r['audience']=='client',lambda r:r['judgement_ok']),
row("Entries without a factual error",lambda r:True,lambda r:r['facts_true']),
row("All entries fully right (all three true)",lambda r:True,lambda r:r['sendable'] and r['judgement_ok'] and r['facts_true']),
]
print("| measure | passed | rate | failing entries |\n|---|---|---|---|")
print("\n".join(rows))
from collections import Counter
print()
print("Entries by kind: "+", ".join(f"{k} {v}" for k,v in sorted(Counter(r["kind"] for r in R).items())))
