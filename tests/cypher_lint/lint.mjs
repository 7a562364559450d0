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
    const result = lintCypherQuery(text, {});
    out[name] = result.diagnostics.map((d) => ({ severity: d.severity, message: d.message, offsets: d.offsets }));
  }
  process.stdout.write(JSON.stringify(out));
});
