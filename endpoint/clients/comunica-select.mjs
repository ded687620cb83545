// Runs a SPARQL SELECT with Comunica over the sources given, optionally following links first, and writes the
// solutions as one JSON array of objects (variable -> RDF term in N-Triples-like form), sorted.
//
//   node comunica-select.mjs QUERY --sparql ENDPOINT
//   node comunica-select.mjs QUERY --follow ROUNDS --map BASE=PUBLIC URL...
//
// With --follow, each round asks Comunica for every IRI under BASE that the sources so far mention, maps it to
// PUBLIC (where the server under test answers it: BASE is the data's canonical base) and adds it as a source;
// Comunica dereferences each (303 to the document, content negotiation, JSON-LD contexts fetched over HTTP).
import {QueryEngine} from '@comunica/query-sparql';

const args = process.argv.slice(2);
const query = args.shift();
let sparql = null;
let rounds = 0;
let base = null;
let publicUrl = null;
const urls = [];
while (args.length > 0) {
  const arg = args.shift();
  if (arg === '--sparql') sparql = args.shift();
  else if (arg === '--follow') rounds = Number(args.shift());
  else if (arg === '--map') [base, publicUrl] = args.shift().split('=');
  else urls.push(arg);
}

const engine = new QueryEngine();

function term(t) {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'Literal') {
    if (t.language) return `${JSON.stringify(t.value)}@${t.language}`;
    return `${JSON.stringify(t.value)}^^<${t.datatype.value}>`;
  }
  return `_:${t.value}`;
}

async function select(text, sources) {
  const stream = await engine.queryBindings(text, {sources, lenient: false, noCache: true});
  const rows = [];
  for (const bindings of await stream.toArray()) {
    const row = {};
    for (const [variable, value] of bindings) row[variable.value] = term(value);
    rows.push(row);
  }
  return rows;
}

try {
  let sources = sparql ? [{type: 'sparql', value: sparql}] : [...urls];
  for (let round = 0; round < rounds; round++) {
    const mentioned = await select(
      `SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER(isIRI(?o) && STRSTARTS(STR(?o), "${base}id/")) }`, sources);
    const more = mentioned.map(row => row.o.slice(1, -1).replace(/#.*$/, '').replace(base, publicUrl));
    sources = [...new Set([...sources, ...more])];
  }
  const rows = (await select(query, sources)).map(row => JSON.stringify(row, Object.keys(row).sort())).sort();
  process.stdout.write(`{"sources": ${sources.length}, "rows": [${rows.join(',')}]}\n`);
} catch (error) {
  process.stderr.write(`${error.name}: ${error.message}\n`);
  process.exit(1);
}
