// Reads each URL given with jsonld.js and its DEFAULT document loader (which fetches the document and every
// remote context over HTTP, following redirects), in safe mode (any lossy construct is an error), and writes the
// RDF it expands to as N-Quads on standard output. Exit status 1 with the error on standard error otherwise.
import jsonld from 'jsonld';

try {
  for (const url of process.argv.slice(2)) {
    const nquads = await jsonld.toRDF(url, {format: 'application/n-quads', safe: true});
    process.stdout.write(nquads);
  }
} catch (error) {
  process.stderr.write(`${error.name}: ${error.message}\n${JSON.stringify(error.details ?? {}, null, 1)}\n`);
  process.exit(1);
}
