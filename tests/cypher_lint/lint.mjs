// Lint Cypher statements with Neo4j's own parser and semantic analyzer.
// Input (stdin): JSON object {name: statement}. Output (stdout): JSON object {name: [diagnostics]}.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const statements = JSON.parse(input);
  const out = {};
  for (const [name, text] of Object.entries(statements)) {
    // Declare the statement's own $parameters (values are supplied at run time, never spliced into the text).
    const parameters = {};
    for (const m of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) parameters[m[1]] = null;
    const result = lintCypherQuery(text, { parameters });
    out[name] = result.diagnostics.map((d) => ({ severity: d.severity, message: d.message, offsets: d.offsets }));
  }
  process.stdout.write(JSON.stringify(out));
});
