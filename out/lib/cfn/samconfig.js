/**
 * The SAM config a deploy reads: `sam deploy` takes parameter overrides and
 * capabilities from `samconfig.toml` (or `.yaml`/`.yml`, or the file
 * `--config-file` names) besides what the step passes, so a parameter or a
 * capability given there is passed. Parsed with smol-toml and yaml; a file
 * that does not parse is a diagnostic at its own line and column.
 */
import path from 'node:path';
import { parse as parseShell } from 'shell-quote';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, YAMLParseError } from 'yaml';
/** The names SAM looks for when no `--config-file` is given, in its order. */
const DEFAULT_NAMES = ['samconfig.toml', 'samconfig.yaml', 'samconfig.yml'];
/**
 * Reads the config a deploy uses: the file the step names, else the first
 * default name in the template's folder, then in the project root. Null when
 * there is none (or it does not parse: then also a diagnostic).
 */
export function readSamConfig(read, wanted, templateFile) {
    const dirs = [...new Set([templateFile ? path.posix.dirname(templateFile) : '.', '.'])];
    const candidates = wanted.file ? [wanted.file] : dirs.flatMap((d) => DEFAULT_NAMES.map((n) => path.posix.normalize(path.posix.join(d, n))));
    for (const file of candidates) {
        if (file.startsWith('../') || path.posix.isAbsolute(file))
            continue;
        const text = read(file);
        if (text === null)
            continue;
        return parseSamConfig(file, text, wanted.env);
    }
    return { config: null, diagnostics: [] };
}
/** Parses one SAM config file for environment `env`: its `deploy` and `global` parameters. */
export function parseSamConfig(file, text, env) {
    let data;
    try {
        data = /\.toml$/i.test(file) ? parseToml(text) : parseYaml(text, { prettyErrors: false });
    }
    catch (e) {
        const at = e instanceof TomlError ? { line: e.line, column: e.column } : e instanceof YAMLParseError ? { line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 } : { line: 1, column: 1 };
        const message = e.message.split('\n')[0];
        return {
            config: null,
            diagnostics: [{ ruleId: 'invalid-template', severity: 'error', message: `Cannot parse SAM config: ${message}`, file, start: at, hint: 'Fix the file so that `sam deploy` can read it; docflow reads its parameter overrides and capabilities once it parses.' }],
        };
    }
    const section = (command) => {
        const envData = record(record(data)[env]);
        return record(record(envData[command]).parameters);
    };
    const parameters = new Map();
    const capabilities = [];
    for (const settings of [section('global'), section('deploy')]) {
        for (const kv of words(settings.parameter_overrides)) {
            const eq = kv.indexOf('=');
            if (eq > 0)
                parameters.set(kv.slice(0, eq), kv.slice(eq + 1));
        }
        capabilities.push(...words(settings.capabilities));
    }
    return { config: { file, parameters, capabilities: [...new Set(capabilities)] }, diagnostics: [] };
}
function record(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
/** A setting's words: a list as written, or a string split as a shell would (`A=1 B="x y"`). */
function words(value) {
    if (Array.isArray(value))
        return value.map(String);
    if (typeof value !== 'string')
        return [];
    return parseShell(value).filter((t) => typeof t === 'string');
}
