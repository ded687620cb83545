// Expands JSON-LD documents to N-Quads with jsonld.js in safe mode, one document per input line, so that one
// process serves a whole test run. Input (stdin, JSON lines): first {"contexts": {url: contextDocument, ...}}, the
// only documents the loader serves (it never goes to the network), then one {"document": jsonLd} per line, with
// "rdfDirection": "i18n-datatype" where base directions should become datatypes (else safe mode rejects them).
// Output (stdout): one JSON line per document, {"nquads": "..."} or {"error": "..."}, in input order.
'use strict';
const jsonld = require('jsonld');
const readline = require('readline');

let contexts = null;

async function loader(url) {
  if (contexts !== null && Object.prototype.hasOwnProperty.call(contexts, url)) {
    return {contextUrl: null, documentUrl: url, document: contexts[url]};
  }
  throw new Error('no network: the test loader serves only the given contexts, not ' + url);
}

async function toNQuads(line) {
  try {
    const input = JSON.parse(line);
    const options = {format: 'application/n-quads', safe: true, documentLoader: loader};
    if (input.rdfDirection) {
      options.rdfDirection = input.rdfDirection;
    }
    const nquads = await jsonld.toRDF(input.document, options);
    return {nquads};
  } catch (e) {
    const details = e.details ? ' ' + JSON.stringify(e.details, (k, v) => k === 'cause' ? undefined : v) : '';
    return {error: (e.name || 'Error') + ': ' + e.message + details};
  }
}

async function main() {
  const lines = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of lines) {
    if (line.trim() === '') {
      continue;
    }
    if (contexts === null) {
      contexts = JSON.parse(line).contexts;
      continue;
    }
    process.stdout.write(JSON.stringify(await toNQuads(line)) + '\n');
  }
}

main().catch(e => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
