"""Score figure predictions against gold files (see shared/spec/ANNOTATION.md).

Usage: python3 score.py GOLD_DIR PRED.jsonl [--by-kind] [--errors N]

PRED.jsonl holds one record a line, with at least: doc_id, start, end, kind, value,
and where the extractor has them: high, bound, unit, metric, modality, role, time.
doc_id is the gold file's NAME (the .txt file name without extension).
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gold import gold_files, load

KIND_ALIASES = {"percent": "percentage", "pct": "percentage", "pp": "percentage_point",
                "percentage_points": "percentage_point", "percent_point": "percentage_point",
                "amount": "money", "currency": "money", "number": "count", "quantity": "count"}
BOUND_CLASS = {"=": "=", "==": "=", "eq": "=", "exact": "=", None: "=",
               "~": "~", "approx": "~", "about": "~",
               ">=": ">", ">": ">", "at_least": ">", "more_than": ">", "gte": ">", "gt": ">",
               "<=": "<", "<": "<", "at_most": "<", "less_than": "<", "lte": "<", "lt": "<"}
UNSCORED_SEMANTICS = {"date", "duration"}


def norm_kind(k):
    k = (k or "").lower()
    return KIND_ALIASES.get(k, k)


def date_parts(v):
    """'2025-09-01' -> ('2025','09','01'); '20xx' -> ('x',None,None); 'XXXX-09-01' -> ('x','09','01')."""
    if v is None:
        return None
    if isinstance(v, dict):  # structured date objects
        y, m, d = v.get("year"), v.get("month"), v.get("day")
        return (str(y) if y else "x", f"{int(m):02d}" if m else None, f"{int(d):02d}" if d else None)
    s = str(v)
    m = re.match(r"^(\d{4}|[0-9]{2}[xX*]{2}|[xX*]{4}|\?{4})?(?:-(\d{1,2}))?(?:-(\d{1,2}))?", s)
    if not m or not any(m.groups()):
        return ("?", None, None)
    y = m.group(1)
    y = y if (y and y.isdigit()) else "x"
    mo = f"{int(m.group(2)):02d}" if m.group(2) else None
    d = f"{int(m.group(3)):02d}" if m.group(3) else None
    return (y, mo, d)


def num_equal(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 5e-4 * max(1.0, abs(a), abs(b))


def value_ok(g, p):
    if g["kind"] == "date":
        gp, pp = date_parts(g.get("value")), date_parts(p.get("value"))
        if gp is None or pp is None:
            return (gp is None and pp is None) or (gp is None and pp[0] == "x")
        return gp == pp
    if not num_equal(g.get("value"), p.get("value")):
        return False
    gh, ph = g.get("high"), p.get("high")
    if gh is None:
        return ph is None or num_equal(ph, p.get("value"))
    return num_equal(gh, ph)


def lcs_len(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def metric_ok(g, p):
    gm, pm = g.get("metric"), p.get("metric")
    if isinstance(pm, dict):
        pm = pm.get("text") or pm.get("name")
    if not gm:
        return None
    if not pm:
        return False
    return lcs_len(gm, str(pm)) >= min(3, len(gm))


def time_text(t):
    if t is None:
        return None
    if isinstance(t, dict):
        parts = [str(t.get(k)) for k in ("text", "year", "raw") if t.get(k) is not None]
        return " ".join(parts)
    return str(t)


def time_ok(g, p):
    gt = g.get("time")
    if not gt:
        return None
    pt = time_text(p.get("time"))
    if not pt:
        return False
    years = re.findall(r"\d{4}|20[xX*]{2}", gt)
    if years:
        return all(y.lower() in pt.lower() for y in years)
    key = re.sub(r"^(到|在|至|截至|截止)", "", gt).rstrip("前底末内")
    return key in pt


def score(gold_dir, preds):
    by_doc = defaultdict(list)
    for r in preds:
        by_doc[str(r.get("doc_id"))].append(r)
    c = Counter()
    per_kind = defaultdict(Counter)
    errors = []
    for gp in gold_files([gold_dir]):
        text, gold, figs, errs = load(gp)
        if errs:
            raise SystemExit(f"gold file invalid: {errs[:3]}")
        doc_id = gold["doc_id"]
        P = [p for p in by_doc.get(doc_id, []) if isinstance(p.get("start"), int)]
        pairs = []
        for gi, g in enumerate(figs):
            for pi, p in enumerate(P):
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov > 0:
                    pairs.append((ov, gi, pi))
        pairs.sort(reverse=True)
        gm, pm = {}, {}
        for ov, gi, pi in pairs:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        for gi, g in enumerate(figs):
            if g.get("ignore"):
                continue
            k = g["kind"]
            c["gold"] += 1
            per_kind[k]["gold"] += 1
            if gi not in gm:
                errors.append(("FN", doc_id, g["text"], text[max(0, g["start"] - 12):g["end"] + 6], k))
                continue
            p = P[gm[gi]]
            c["tp_span"] += 1
            per_kind[k]["tp_span"] += 1
            kok = norm_kind(p.get("kind")) == k
            vok = kok and value_ok(g, p)
            bok = BOUND_CLASS.get(p.get("bound"), p.get("bound")) == BOUND_CLASS.get(g.get("bound", "="))
            c["kind_ok"] += kok
            c["value_ok"] += vok
            c["bound_ok"] += bok
            full_value = vok and bok
            c["tp_value"] += full_value
            per_kind[k]["tp_value"] += full_value
            if not full_value:
                errors.append(("VALUE", doc_id, g["text"], f"gold {k} {g.get('value')} {g.get('high','')} {g.get('bound','=')}",
                               f"pred {p.get('kind')} {p.get('value')} {p.get('high','')} {p.get('bound')}"))
            sem_ok = True
            if k not in UNSCORED_SEMANTICS:
                for attr, ok in (("metric", metric_ok(g, p)),
                                 ("modality", p.get("modality") == g.get("modality")),
                                 ("role", p.get("role", "level") == g.get("role")),
                                 ("time", time_ok(g, p))):
                    if ok is None:
                        continue
                    c[f"{attr}_n"] += 1
                    c[f"{attr}_ok"] += ok
                    if not ok:
                        if attr != "time":
                            sem_ok = False
                        errors.append((attr.upper(), doc_id, g["text"], f"gold {g.get(attr)}",
                                       f"pred {p.get(attr)}"))
            c["tp_record"] += full_value and sem_ok
        for pi, p in enumerate(P):
            if pi in pm:
                continue
            if any(min(g["end"], p["end"]) - max(g["start"], p["start"]) > 0 and g.get("ignore") for g in figs):
                continue
            c["fp"] += 1
            k = norm_kind(p.get("kind"))
            per_kind[k]["fp"] += 1
            s, e = p["start"], p["end"]
            errors.append(("FP", doc_id, text[s:e], text[max(0, s - 12):e + 6], k))
    # a pred matched to an ignore-gold is dropped; everything else predicted counts
    npred = c["tp_span"] + c["fp"]
    return c, per_kind, errors, npred


def f1(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir")
    ap.add_argument("pred_jsonl")
    ap.add_argument("--errors", type=int, default=0, help="print up to N error rows")
    ap.add_argument("--by-kind", action="store_true")
    a = ap.parse_args()
    preds = []
    with open(a.pred_jsonl, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                preds.append(json.loads(line))
    c, per_kind, errors, npred = score(a.gold_dir, preds)
    G = c["gold"]
    for name, tp in (("span", c["tp_span"]), ("value", c["tp_value"]), ("record", c["tp_record"])):
        p, r, f = f1(tp, npred, G)
        print(f"{name:7s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={npred} gold={G})")
    m = c["tp_span"] or 1
    print(f"on matched spans: kind {c['kind_ok']/m:.3f}  value {c['value_ok']/m:.3f}  bound {c['bound_ok']/m:.3f}")
    for attr in ("metric", "modality", "role", "time"):
        n = c[f"{attr}_n"]
        if n:
            print(f"  {attr:9s} accuracy {c[f'{attr}_ok']/n:.3f} (n={n})")
    if a.by_kind:
        for k, kc in sorted(per_kind.items()):
            p, r, f = f1(kc["tp_value"], kc["tp_span"] + kc["fp"], kc["gold"])
            print(f"  kind {k:17s} gold={kc['gold']:4d} value-F1={f:.3f} P={p:.3f} R={r:.3f} fp={kc['fp']}")
    for row in errors[: a.errors]:
        print("  ", " | ".join(str(x) for x in row))
    pv, rv, fv = f1(c["tp_value"], npred, G)
    pr, rr, fr = f1(c["tp_record"], npred, G)
    print(f"value_F1={fv:.3f} record_F1={fr:.3f}")


if __name__ == "__main__":
    main()
