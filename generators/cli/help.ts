/** Help texts: one per command, each with examples. */

export const mainHelp = `docflow — component docs are the source of truth for your pipelines.

Usage: docflow <command> [options]

Commands:
  check      Check the docs, and that generated files match them (drift)
  generate   Write workflows and diagrams from the docs
  fix        Repair what the checks can repair, in place
  model      Print the parsed model as JSON
  graph      Print the deploy and delete order as waves

Options (every command):
  --root DIR   Project root (default: current directory)
  --docs DIR   Docs folder, relative to root (default: docs/components)
  -h, --help   Show help for a command

Examples:
  docflow check
  docflow generate --root ../infra
  docflow graph --format mermaid

Exit codes: 0 no errors, 1 errors found, 2 usage or config error, 3 internal error.
`;

export const commandHelp: Record<string, string> = {
  check: `Usage: docflow check [--format text|json|github] [--root DIR] [--docs DIR]

Checks every component doc (references, cycles, Dependencies/Required By
symmetry, steps, …) and that the generated files on disk match the docs.
Writes nothing.

Options:
  --format text|json|github   Output format (default: text)

Examples:
  docflow check
  docflow check --format github     # annotations in a GitHub Actions run
  docflow check --format json | jq '.diagnostics[] | select(.severity == "error")'
`,
  generate: `Usage: docflow generate [--require-render] [--no-render] [--root DIR] [--docs DIR]

Regenerates workflows and diagrams from the docs. Only files whose bytes
change are written; generated files whose doc is gone are removed.

Options:
  --require-render   Fail when no browser is available to render SVGs
  --no-render        Write .mmd files but skip SVG rendering
  --format text|json|github   Diagnostics format (default: text)

Examples:
  docflow generate
  npm run generate
`,
  fix: `Usage: docflow fix [--dry-run] [--only RULE] [--root DIR] [--docs DIR]

Repairs the docs in place, to a fixed point (a second run changes nothing):
the missing side of a Dependencies/Required By pair, Delete dependencies
that deploy order implies (a glob where a whole family is missing), entries
that name nothing (replaced by the one "did you mean", else removed), and
Sequence Diagram links. Edits only those lines, in the doc's own style.
Where a human must decide, it writes a placeholder that check still flags.

Options:
  --dry-run     Print a unified diff and write nothing
  --only RULE   Only repair the findings of this rule id (docs/rules.md
                marks the rules fix repairs)

Examples:
  docflow fix --dry-run
  docflow fix --only required-by-asymmetry
`,
  model: `Usage: docflow model [--root DIR] [--docs DIR]

Prints the parsed model (components and diagnostics) as JSON; the schema is
docs/model.schema.json.

Examples:
  docflow model > model.json
  docflow model | jq '.components[] | {id, stack}'
`,
  graph: `Usage: docflow graph [--format text|json|mermaid] [--root DIR] [--docs DIR]

Prints the deploy order as waves (components whose dependencies are all in
earlier waves share a wave) and the delete order.

Options:
  --format text|json|mermaid   Output format (default: text)

Examples:
  docflow graph
  docflow graph --format json | jq '.deploy[0]'
  docflow graph --format mermaid > graph.mmd
`,
};
