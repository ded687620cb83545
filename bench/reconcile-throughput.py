"""Batched reconciliation throughput: POST /reconcile with batches of 10 queries from the gold standard."""
import json, sys, time, urllib.parse, urllib.request
port, rounds = sys.argv[1], int(sys.argv[2])
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[3], encoding='utf-8') if not l.startswith('#')]
queries = []
for q, t, props, _, _ in rows:
    query = {"query": q, "limit": 3}
    if t: query["type"] = t
    if props:
        query["properties"] = [{"pid": p.split('=')[0], "v": p.split('=', 1)[1]} for p in props.split(';')]
    queries.append(query)
batches = [dict(("q%d" % j, queries[(i + j) % len(queries)]) for j in range(10)) for i in range(0, len(queries), 10)]
def post(batch):
    data = urllib.parse.urlencode({"queries": json.dumps(batch)}).encode()
    with urllib.request.urlopen("http://localhost:%s/reconcile" % port, data) as r:
        return json.load(r)
for b in batches: post(b)  # warm-up: one pass over the gold standard
start = time.perf_counter(); n = 0
for _ in range(rounds):
    for b in batches:
        post(b); n += len(b)
elapsed = time.perf_counter() - start
print("%d queries in %d batches of 10: %.2f s, %.0f queries/s, %.1f ms per batch" % (n, n // 10, elapsed, n / elapsed, 1000 * elapsed / (n / 10)))
