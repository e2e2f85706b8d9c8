"""Reading a letter staff asked for to print or file, past its heading (the date, who it is to, its subject)."""


def without_heading(script: str) -> str:
    """The letter from its greeting on; unchanged when it has no "Re:" heading."""
    head, marker, rest = script.partition("\nRe: ")
    return rest.split("\n\n", 1)[1] if marker else script
