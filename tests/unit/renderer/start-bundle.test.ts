/**
 * What the page loads at start: the modules renderer/main.tsx reaches through static imports
 * (type-only imports are erased; `import()` loads later). The large writers and readers —
 * DOCX writing and reading, Markdown and HTML parsing — must stay out of it, loaded on first
 * use or in workers, or every start pays for them (the DOCX writer alone is ~1 MB of source).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'renderer/main.tsx');
const LOADED_LATER = ['docx', 'mammoth', 'htmlparser2', 'mdast-util-from-markdown', 'mdast-util-gfm', 'micromark-extension-gfm'];

/** The specifiers a module imports statically, for its values. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // CSS and other assets
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('the start bundle', () => {
  it('does not carry the DOCX, Markdown and HTML writers and readers', () => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const queue = [ENTRY];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of staticImports(file)) {
        if (specifier.startsWith('.')) {
          const target = resolve(file, specifier);
          if (target) queue.push(target);
        } else if (LOADED_LATER.includes(packageName(specifier))) {
          offending.push(`${path.relative(ROOT, file)} imports ${specifier}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    expect(offending).toEqual([]);
  });
});
