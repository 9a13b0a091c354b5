"""How many tax and company-register IDs survive masking, on an independently labelled set.

Reads corpus/tuning/masking/cases.jsonl (text + the IDs its author found in it), masks each
text as the assist path does (``Masker.learn`` then ``Masker.mask``) and counts a value as
leaked when six of its digits in a row survive, or all of a shorter one's (separators
ignored). Decoy texts (no IDs)
must get no ``[TAX_ID_n]``. Prints the leaks with ``-v``, and last:
  values=V leaked=L decoys_with_tax_id=D/N

Usage: python benchmarks/masking_leaks.py [-v] [FILE]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.assist.mask import Masker  # noqa: E402

DEFAULT = ROOT / "corpus" / "tuning" / "masking" / "cases.jsonl"


def _leaked(value: str, masked: str) -> bool:
    """Six digits of the value in a row survive; a shorter value when all its digits do."""
    digits = re.sub(r"\D", "", value)
    flat = re.sub(r"[ .\-/]", "", masked)
    if len(digits) < 6:
        return re.search(rf"(?<!\d){digits}(?!\d)", flat) is not None
    return any(digits[i : i + 6] in flat for i in range(len(digits) - 5))


def main() -> None:
    verbose = "-v" in sys.argv
    files = [a for a in sys.argv[1:] if a != "-v"]
    text = Path(files[0] if files else DEFAULT).read_text(encoding="utf-8")
    cases = [json.loads(line) for line in text.splitlines() if line.strip()]
    values = leaked = decoys = flagged = 0
    for case in cases:
        masker = Masker()
        masker.learn([case["text"]])
        masked = masker.mask(case["text"])
        bad = [v for v in case["tax_ids"] if _leaked(v, masked)]
        values, leaked = values + len(case["tax_ids"]), leaked + len(bad)
        if not case["tax_ids"]:
            decoys += 1
            flagged += "[TAX_ID" in masked
        if verbose and bad:
            print(case["id"], case["lang"], bad, "|", masked.replace("\n", " / ")[:200])
    print(f"values={values} leaked={leaked} decoys_with_tax_id={flagged}/{decoys}")


if __name__ == "__main__":
    main()
