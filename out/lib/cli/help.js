/** Help texts: one per command, each with examples. */
export const mainHelp = `docflow — component docs are the source of truth for your pipelines.

Usage: docflow <command> [options]

Commands:
  check      Check the docs, and that generated files match them (drift)
  generate   Write workflows and diagrams from the docs
  fix        Repair what the checks can repair, in place
  import     Write component docs from hand-written workflows
  model      Print the parsed model as JSON
  graph      Print the deploy and delete order as waves
  plan       Print what must deploy, or be deleted first, for some components
  new        Write a new component doc with every section
  hooks      Install or run the git pre-commit hook

Options (every command):
  --root DIR      Project root (default: current directory)
  --docs DIR      Docs folder, relative to root (default: docs/components)
  -q, --quiet     Print only problems (errors and warnings)
  --verbose       Also print notes, snippets, hints and what was skipped
  -h, --help      Show help for a command
  -v, --version   Print docflow's version

Examples:
  docflow check
  docflow generate --root ../infra
  docflow graph --format mermaid

Exit codes: 0 no errors, 1 errors found, 2 usage or config error, 3 internal error.
`;
export const commandHelp = {
    check: `Usage: docflow check [--format text|json|github] [--no-cache] [--cache-dir DIR] [--root DIR] [--docs DIR]

Checks every component doc (references, cycles, Dependencies/Required By
symmetry, steps, …) and that the generated files on disk match the docs.
Writes nothing but its cache. When nothing changed since the last clean
run, the answer comes from the cache.

Options:
  --format text|json|github   Output format (default: text)
  --no-cache                  Neither read nor write the cache
  --cache-dir DIR             Cache folder (default: node_modules/.cache/docflow)

Examples:
  docflow check
  docflow check --format github     # annotations in a GitHub Actions run
  docflow check --format json | jq '.diagnostics[] | select(.severity == "error")'
`,
    generate: `Usage: docflow generate [--require-render | --no-render] [--force] [--adopt] [--watch] [--no-cache] [--cache-dir DIR] [--root DIR] [--docs DIR]

Regenerates workflows and diagrams from the docs. Only files whose bytes
change are written; generated files whose doc is gone are removed. When
nothing changed since the last clean run, nothing is done. Files without
docflow's header are never touched, and one run at a time holds the
.docflow.lock lock.

Options:
  --require-render            Fail when no browser is available to render SVGs
  --no-render                 Write .mmd files but skip SVG rendering
  -w, --watch                 Regenerate on every doc, template or config change (Ctrl-C stops)
  --force                     Take over files at generated paths that lack docflow's header
  --adopt                     Replace the hand-written workflows docflow import recorded (unchanged since)
  --format text|json|github   Diagnostics format (default: text)
  --no-cache                  Neither read nor write the cache
  --cache-dir DIR             Cache folder (default: node_modules/.cache/docflow)

Examples:
  docflow generate
  docflow generate --watch
  npm run generate
`,
    plan: `Usage: docflow plan deploy|delete [ids…] [--format text|json|mermaid] [--root DIR] [--docs DIR]

plan deploy: what must deploy for these components, as ordered waves: the
components and their transitive deploy dependencies.
plan delete: what must be deleted, and in which order, before these
components can go: their transitive dependents, then the components.
With no ids, the whole system.

Options:
  --format text|json|mermaid   Output format (default: text)

Examples:
  docflow plan deploy web-ui
  docflow plan delete dynamodb-users --format json | jq '.waves'
  docflow plan deploy --format mermaid > deploy-plan.mmd
`,
    new: `Usage: docflow new <id> [--from OTHER-ID] [--root DIR] [--docs DIR]

Writes <docs>/<id>.md with every section: the config's stack prefix, a sam
build template path following the other docs, the usual SAM steps, no
dependencies and an empty Failure Scenarios table. Prose to write is marked
FILL ME IN (a placeholder-text warning). Never overwrites a file.

Options:
  --from OTHER-ID   Copy another component's shape (sections and steps)

Examples:
  docflow new orders-table
  docflow new orders-api --from func-api-users-get
`,
    hooks: `Usage: docflow hooks install|pre-commit [--no-render] [--root DIR]

hooks install: writes the git pre-commit hook (.git/hooks/pre-commit); a
hook docflow did not write is never replaced.
hooks pre-commit: what the hook runs. When docs, templates or config are
staged, regenerates from the staged versions and stages exactly the
generated files that changed; errors refuse the commit. Unstaged changes
are never staged or touched.

Options:
  --no-render   Do not render SVGs in the hook

Examples:
  docflow hooks install
  npx docflow hooks pre-commit     # from simple-git-hooks or lefthook
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
    import: `Usage: docflow import [--merge] [--dry-run] [--root DIR] [--docs DIR] [WORKFLOW|FOLDER...]

Reads hand-written workflows (default: the workflows folder) and writes one
component doc per id (deploy-<id> and delete-<id> paired), dependencies
from deploy-all/delete-all and from the stacks a workflow reads, the
settings they imply into docflow.config.yaml, and docflow.import.json, the
record that lets \`generate --adopt\` replace exactly these workflows.
Everything it cannot map is listed with file:line.

Options:
  --merge       Add what existing docs lack, in place; report conflicts
  --dry-run     Print the docs and diffs it would write; write nothing

Examples:
  docflow import
  docflow import --dry-run .github/workflows/deploy-api.yml
  docflow import --merge
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
