"""Word lists, patterns and a helper read by more than one kind of cue."""
from __future__ import annotations

import re

# The date itself asked for: "when", "what date", "dates", "our last day again", "the 4th?".
_WHEN = re.compile(r"\bwhen\b|\bwhat\s+(?:date|day)\b|\bwhich\s+(?:date|day)\b|\bdates?\b|\bour\s+last\s+day\b|"
                   r"\blast\s+day\s+again\b|\bwhat'?s\s+(?:the\s+)?(?:actual|exact|final|real|official)\s+last\s+day\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                   r"nov|dec)[a-z]*\b", re.I)


def _named(text: str, name: str) -> bool:
    name = " ".join((name or "").split())
    if not name:
        return False
    first = name.split(" ")[0]
    pattern = re.escape(name) + (("|" + re.escape(first)) if len(first) > 3 else "")
    return bool(re.search(rf"\b(?:{pattern})\b", text, re.I))


_EMAIL_PROVIDER = re.compile(r"\b(?:suggest|recommend|which|what|good|pick|choose)\b[^.?!]{0,30}\b(?:e-?mail|mail)\s+"
                             r"(?:provider|service|host\w*|platform|system|company|firm)\b|\bhosted\s+e-?mail\b|\be-?mail\s+hosted\b|"
                             # "also nudge them on email", "what to do about email if nobody's lined up"
                             r"\b(?:nudge|remind|push|prompt)\s+(?:them|him|her)\s+(?:on|about)\s+(?:their\s+)?e-?mail\b|"
                             r"\bwhat\s+to\s+do\s+(?:about|with)\s+(?:their\s+|the\s+)?e-?mail\b|"
                             # "suggesting somewhere to move their email"
                             r"\b(?:somewhere|where|a\s+place)\s+(?:else\s+)?to\s+(?:move|put|host|take)\s+(?:their\s+|the\s+|our\s+)?e-?mail\b|"
                             # "Who should we use for our email?"
                             r"\b(?:who|what)\s+(?:should|could|do)\s+(?:we|i)\s+use\s+for\s+(?:our\s+|the\s+)?e-?mail\b|"
                             # "suggesting they at least set up email elsewhere"
                             r"\b(?:set\s*up|move|get)\s+(?:their\s+|your\s+|the\s+)?e-?mail\s+(?:elsewhere|somewhere\s+else|"
                             r"hosted|with\s+(?:someone|a\s+provider))\b|"
                             # "who would you recommend we move our email to?"
                             r"\b(?:recommend|suggest|who|where|which)\b[^.?!]{0,30}\b(?:move|moving|put|switch|transfer)\s+"
                             r"(?:our|my|your|their|the)\s+e-?mails?\s+to\b", re.I)


# "great timing, really", "Love the timing btw": the timing of the ending praised, which is a jab (feelings.sarcastic)
# and the timing blamed (dates.blames_the_timing).
TIMING_PRAISED = r"\b(?:love|loving|great|nice|lovely|brilliant|perfect|fantastic|impeccable)\s+(?:the\s+)?timing\b"

