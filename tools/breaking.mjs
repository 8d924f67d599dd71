// Breaking changes between two versions of the spec: `make breaking BASE=<git ref>`.
//
// api-smart-diff (offline, from npm) computes and classifies the differences. Some of its
// verdicts are too lenient, so rules on top make them breaking: a removed response property
// and a response property that stops being required (clients read them), and a new required
// parameter arriving with a whole new `parameters` list. Exit status 1 when anything is
// breaking, with one line per change.
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { apiCompare } from 'api-smart-diff'

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

function stricterVerdict (diff) {
  const path = diff.path
  const inResponse = path.includes('responses')
  if (inResponse && diff.action === 'remove' && path[path.length - 2] === 'properties') {
    return 'a response property that clients may read was removed'
  }
  if (inResponse && diff.action === 'remove' && path[path.length - 2] === 'required') {
    return 'a response property is no longer guaranteed (removed from required)'
  }
  const added = diff.action === 'add' && (path[path.length - 1] === 'parameters' || path[path.length - 2] === 'parameters')
  if (added && [diff.after].flat().some((parameter) => parameter && parameter.required === true)) {
    return 'a new required parameter: existing requests lack it'
  }
  return null
}

function where (path) {
  if (path[0] === 'paths' && path.length >= 3 && METHODS.has(path[2])) {
    return { operation: `${path[2].toUpperCase()} ${path[1]}`, detail: path.slice(3) }
  }
  if (path[0] === 'paths') return { operation: path[1], detail: path.slice(2) }
  return { operation: path[0], detail: path.slice(1) }
}

function describe (diff, reason) {
  const { operation, detail } = where(diff.path)
  const value = (v) => (v === undefined ? '' : JSON.stringify(v).slice(0, 60))
  const change = diff.action === 'replace'
    ? `replaced ${value(diff.before)} by ${value(diff.after)}`
    : diff.action === 'add' ? `added ${value(diff.after)}` : `removed ${value(diff.before)}`
  return `  ${operation}  ${detail.join(' > ') || '(whole operation)'}: ${change}` + (reason ? `  [${reason}]` : '')
}

export function breakingChanges (before, after) {
  const { diffs } = apiCompare(before, after)
  const found = []
  for (const diff of diffs) {
    // Components are reported where operations use them; anything else is the same change twice.
    if (diff.path[0] === 'components') continue
    const reason = stricterVerdict(diff)
    if (diff.type === 'breaking' || reason) found.push(describe(diff, reason))
  }
  return found
}

const [beforeFile, afterFile, label = beforeFile] = process.argv.slice(2)
if (!beforeFile || !afterFile) {
  console.error('usage: node tools/breaking.mjs <before.yaml> <after.yaml> [label]')
  process.exit(2)
}
const found = breakingChanges(
  yaml.load(readFileSync(beforeFile, 'utf8')),
  yaml.load(readFileSync(afterFile, 'utf8'))
)
if (found.length === 0) {
  console.log(`No breaking changes in ${afterFile} since ${label}.`)
} else {
  console.log(`${found.length} breaking change(s) in ${afterFile} since ${label}:`)
  for (const line of found) console.log(line)
  process.exit(1)
}
