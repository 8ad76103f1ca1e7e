/**
 * A workspace's own templates, in its Y.Doc (`templates` map: id → one plain
 * value { name, kind, createdAt, author, blocks } with the blocks as JSON).
 * A template is written once, whole, and never edited in place, so a plain
 * value is enough; a new document copies its blocks on the computer that
 * creates it, as with the built-in templates.
 */
import * as Y from 'yjs';
import { isDocumentKind, type DocumentKind } from '../model/document';
import { dropWrittenGuidance } from '../model/guidance';
import type { Block, BlockList, Inline } from '../model/template';
import { documentBlocks } from './document-blocks';
import { DOCUMENT_ROOT_NAME } from './document-doc';

const TEMPLATES = 'templates';
export const TEMPLATE_NAME_MAX = 120;

export interface WorkspaceTemplate {
  id: string;
  name: string;
  kind: DocumentKind;
  createdAt: number;
  /** Who saved it, as they appear to the others. */
  author: string;
  blocks: BlockList;
}

interface StoredTemplate {
  name: string;
  kind: string;
  createdAt: number;
  author: string;
  blocks: string;
}

function templatesMap(doc: Y.Doc): Y.Map<StoredTemplate> {
  return doc.getMap(TEMPLATES);
}

export function validateTemplateName(name: string): 'name-required' | 'name-too-long' | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'name-required';
  if (trimmed.length > TEMPLATE_NAME_MAX) return 'name-too-long';
  return null;
}

export function addWorkspaceTemplate(doc: Y.Doc, template: WorkspaceTemplate): void {
  const stored: StoredTemplate = {
    name: template.name.trim(),
    kind: template.kind,
    createdAt: template.createdAt,
    author: template.author,
    blocks: JSON.stringify(template.blocks),
  };
  templatesMap(doc).set(template.id, stored);
}

/** Calls `listener` whenever the templates change (here or from another member); returns the unsubscribe. */
export function observeWorkspaceTemplates(doc: Y.Doc, listener: () => void): () => void {
  const map = templatesMap(doc);
  map.observe(listener);
  return () => map.unobserve(listener);
}

/** A copy of the template's blocks for a new document: its level-1 heading becomes the new title. */
export function blocksFromTemplate(template: WorkspaceTemplate, title: string): BlockList {
  const blocks: BlockList = JSON.parse(JSON.stringify(template.blocks)) as BlockList;
  const first = blocks[0];
  if (first?.type === 'heading' && first.level === 1 && title.trim()) blocks[0] = { ...first, text: title.trim() };
  return blocks;
}

export function removeWorkspaceTemplate(doc: Y.Doc, id: string): void {
  templatesMap(doc).delete(id);
}

/** Newest first; an entry another (perhaps newer or faulty) client wrote that cannot be read is left out. */
export function listWorkspaceTemplates(doc: Y.Doc): WorkspaceTemplate[] {
  const out: WorkspaceTemplate[] = [];
  templatesMap(doc).forEach((value, id) => {
    const template = readTemplate(id, value);
    if (template) out.push(template);
  });
  return out.sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
}

function readTemplate(id: string, value: unknown): WorkspaceTemplate | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, kind, createdAt, author, blocks } = value as Partial<StoredTemplate>;
  if (typeof name !== 'string' || !isDocumentKind(kind) || typeof createdAt !== 'number' || typeof blocks !== 'string') return null;
  const parsed = parseBlocks(blocks);
  if (!parsed) return null;
  return { id, name, kind, createdAt, author: typeof author === 'string' ? author : '', blocks: parsed };
}

function parseBlocks(json: string): BlockList | null {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every(isBlock) ? (value as BlockList) : null;
  } catch {
    return null;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isInline(value: unknown): value is Inline {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const run = value as Record<string, unknown>;
  return (
    isString(run.text) &&
    (run.formats === undefined || (Array.isArray(run.formats) && run.formats.every((format) => ['bold', 'italic', 'underline'].includes(format as string)))) &&
    (run.href === undefined || isString(run.href))
  );
}

const isText = (value: unknown): boolean => typeof value === 'string' || (Array.isArray(value) && value.every(isInline));

/** The shape of a Block (links are checked again when they become nodes). */
export function isBlock(value: unknown): value is Block {
  if (typeof value !== 'object' || value === null) return false;
  const block = value as Record<string, unknown>;
  switch (block.type) {
    case 'heading':
      return (block.level === 1 || block.level === 2 || block.level === 3) && isText(block.text);
    case 'paragraph':
    case 'quote':
      return isText(block.text);
    case 'guidance':
      return isString(block.text) && (block.baseline === undefined || isString(block.baseline));
    case 'bullets':
    case 'numbered':
      return Array.isArray(block.items) && block.items.every(isText);
    case 'table':
      return (
        Array.isArray(block.header) &&
        block.header.every(isString) &&
        Array.isArray(block.rows) &&
        block.rows.every((row) => Array.isArray(row) && row.every(isString))
      );
    default:
      return false;
  }
}

/**
 * A document's content as template blocks: its text (documentBlocks), with the
 * guidance still standing where it stands, so a half-written document saved as
 * a template keeps the advice for the sections nobody has written yet.
 */
export function documentTemplateBlocks(doc: Y.Doc): BlockList {
  const text = documentBlocks(doc);
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
  const out: BlockList = [];
  let next = 0;
  for (const op of root.toDelta() as Array<{ insert?: unknown }>) {
    if (op.insert instanceof Y.XmlText) {
      const block = text[next];
      next += 1;
      if (block) out.push(block);
    } else if (op.insert instanceof Y.XmlElement && op.insert.getAttribute('__type') === 'guidance') {
      const guidanceText: unknown = op.insert.getAttribute('__text');
      const baseline: unknown = op.insert.getAttribute('__baseline');
      if (isString(guidanceText) && guidanceText) out.push({ type: 'guidance', text: guidanceText, baseline: isString(baseline) ? baseline : undefined });
    }
  }
  // One block per top-level element is documentBlocks' layout; should it ever differ, keep the text, drop the advice.
  if (next !== text.length) return text;
  return dropWrittenGuidance(out);
}
