// Breaking changes between two versions of the spec: `make breaking BASE=<git ref>`.
//
// api-smart-diff (offline, from npm) computes and classifies the differences. Some of its
// verdicts are too lenient, so rules on top make them breaking: a removed response property
// and a response property that stops being required (clients read them), and a new required
// parameter arriving with a whole new `parameters` list.
//
// The report is grouped by what changed, not by where it shows: api-smart-diff sees a change
// to a shared component once in every operation that uses it, so each finding is traced back
// through the old spec's `$ref`s to the component it is in (`profilePhoto.width`), and the
// operations it reaches are listed under it. A summary line comes first; every finding has its
// whole values and the reason it breaks clients. Exit status 1 when anything is breaking.
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

function reasonFor (diff, stricter) {
  if (stricter) return stricter
  const path = diff.path
  const last = path[path.length - 1]
  if (path[0] === 'paths' && (path.length === 2 || (path.length === 3 && METHODS.has(path[2])))) {
    return 'clients calling it get 404 or 405 instead'
  }
  if (path.includes('responses') && path[path.length - 2] === 'responses') {
    return 'clients that expect this status get another'
  }
  const inRequest = path.includes('requestBody') || path.includes('parameters')
  if (inRequest && diff.action === 'add' && (last === 'required' || path[path.length - 2] === 'required')) {
    return 'requests that were valid lack a value that is now required, and are refused'
  }
  if (inRequest) return 'requests that were valid are now refused'
  if (path.includes('responses')) return 'clients may not understand the answers any more'
  return `api-smart-diff: ${diff.description}`
}

function operationOf (path) {
  if (path[0] === 'paths' && path.length >= 3 && METHODS.has(path[2])) {
    return `${path[2].toUpperCase()} ${path[1]}`
  }
  return path[0] === 'paths' ? path[1] : path.join('.')
}

// Follow `path` through `doc`, `$ref`s included; the component it ends in (if any) and the
// path inside it.
function traced (doc, path) {
  let node = doc
  let component = null
  let inside = []
  for (const key of path) {
    while (node && typeof node === 'object' && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      const parts = node.$ref.slice(2).split('/')
      node = parts.reduce((n, part) => (n ? n[part] : undefined), doc)
      component = parts.length === 3 && parts[0] === 'components' ? parts[2] : component
      inside = []
    }
    if (node === undefined || node === null) break
    node = node[key]
    inside.push(key)
  }
  return { component, inside }
}

function subjectOf (before, diff) {
  const { component, inside } = traced(before, diff.path)
  if (!component || diff.path.length <= 3) {
    return `${operationOf(diff.path)}${diff.path.length > 3 ? ' ' + diff.path.slice(3).join('.') : ''}`
  }
  const names = []
  for (let i = 0; i < inside.length; i++) {
    if (inside[i] === 'properties' && i + 1 < inside.length) {
      names.push(inside[++i])
    } else if (inside[i] === 'required' && i + 1 < inside.length && typeof diff.before === 'string') {
      names.push(diff.before)
      i++
    } else if (inside[i] === 'items') {
      names.push('[]')
    } else if (!['content', 'schema', 'application/json'].includes(inside[i])) {
      names.push(inside[i])
    }
  }
  return [component, ...names].join('.').replace('.[]', '[]')
}

function changeOf (diff) {
  const value = (v) => JSON.stringify(v)
  if (diff.path[diff.path.length - 2] === 'required' && typeof diff.before === 'string' && diff.action === 'remove') {
    return 'no longer required'
  }
  if (diff.action === 'replace') return `changed from ${value(diff.before)} to ${value(diff.after)}`
  if (diff.action === 'add') return `added: ${value(diff.after)}`
  return `removed (it was ${value(diff.before)})`
}

export function breakingChanges (before, after) {
  const { diffs } = apiCompare(before, after)
  const groups = new Map()
  for (const diff of diffs) {
    // Components are reported where operations use them; anything else is the same change twice.
    if (diff.path[0] === 'components') continue
    const stricter = stricterVerdict(diff)
    if (diff.type !== 'breaking' && !stricter) continue
    const subject = subjectOf(before, diff)
    const change = changeOf(diff)
    const reason = reasonFor(diff, stricter)
    const key = `${subject}\u0000${change}\u0000${reason}`
    if (!groups.has(key)) groups.set(key, { subject, change, reason, operations: new Set() })
    groups.get(key).operations.add(operationOf(diff.path))
  }
  // A property removed outright is also "no longer required": say it once.
  const removed = new Set([...groups.values()].filter((g) => g.change.startsWith('removed')).map((g) => g.subject))
  return [...groups.values()].filter((g) => !(g.change === 'no longer required' && removed.has(g.subject)))
}

function plural (count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

export function report (found, afterFile, label) {
  if (found.length === 0) return `No breaking changes in ${afterFile} since ${label}.`
  const operations = new Set(found.flatMap((g) => [...g.operations]))
  const lines = [
    `${plural(found.length, 'breaking change')} in ${afterFile} since ${label}, affecting ${plural(operations.size, 'operation')}:`
  ]
  for (const group of found) {
    lines.push('', `${group.subject}: ${group.change}`, `  why: ${group.reason}`)
    const list = [...group.operations]
    lines.push(`  affects ${plural(list.length, 'operation')}: ${list.join(', ')}`)
  }
  return lines.join('\n')
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
console.log(report(found, afterFile, label))
process.exit(found.length === 0 ? 0 : 1)
