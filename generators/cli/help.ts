/** Help texts: one per command, each with examples. */

export const mainHelp = `docflow — component docs are the source of truth for your pipelines.

Usage: docflow <command> [options]

Commands:
  check      Check the docs, and that generated files match them (drift)
  generate   Write workflows and diagrams from the docs
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
  generate: `Usage: docflow generate [--require-render] [--no-render] [--force] [--root DIR] [--docs DIR]

Regenerates workflows and diagrams from the docs. Only files whose bytes
change are written; generated files whose doc is gone are removed. Files
without docflow's header are never touched, and one run at a time holds
the .docflow.lock lock.

Options:
  --require-render   Fail when no browser is available to render SVGs
  --no-render        Write .mmd files but skip SVG rendering
  --force            Take over files at generated paths that lack docflow's header
  --format text|json|github   Diagnostics format (default: text)

Examples:
  docflow generate
  npm run generate
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
