import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import * as Y from 'yjs';
import {
  ACCORD_FILE_VERSION,
  checkSameWorkspace,
  crc32,
  decodeAccordFile,
  encodeAccordFile,
  kindOf,
  readAccordManifest,
  sha256Hex,
  type AccordFileContent,
  type AccordFileProblem,
  type DecodeResult,
} from '../../../shared/files/accord-file';
import { seededRandom } from '../../../shared/model/seeded-random';

const WS = 'ws_0123456789abcdef01234567';

function docWith(fill: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  fill(doc);
  return Y.encodeStateAsUpdate(doc);
}

function sampleContent(): AccordFileContent {
  return {
    workspaceId: WS,
    name: 'Comité de pilotage — لجنة التوجيه',
    savedAt: '2026-11-21T04:40:00.000Z',
    appVersion: '0.1.0',
    parts: [
      { docId: WS, kind: 'workspace', update: docWith((d) => d.getMap('meta').set('name', 'Comité')) },
      { docId: `${WS}.people`, kind: 'people', update: docWith((d) => d.getMap('members').set('m1', 'Amina')) },
      { docId: 'doc_aaaaaaaaaaaaaaaaaaaaaaaa', kind: 'document', update: docWith((d) => d.getText('t').insert(0, 'Statuts '.repeat(300))) },
      { docId: 'doc_bbbbbbbbbbbbbbbbbbbbbbbb', kind: 'document', update: docWith((d) => d.getXmlFragment('root').insert(0, [new Y.XmlText('مرحبا')])) },
    ],
  };
}

function expectSameContent(actual: AccordFileContent, expected: AccordFileContent): void {
  expect(actual.workspaceId).toBe(expected.workspaceId);
  expect(actual.name).toBe(expected.name);
  expect(actual.savedAt).toBe(expected.savedAt);
  expect(actual.appVersion).toBe(expected.appVersion);
  expect(actual.parts.map((p) => [p.docId, p.kind])).toEqual(expected.parts.map((p) => [p.docId, p.kind]));
  actual.parts.forEach((part, index) => expect(Buffer.from(part.update).equals(Buffer.from(expected.parts[index]!.update))).toBe(true));
}

/** The entries of a real file, to edit and zip again. */
function entriesOf(file: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(file);
}

function manifestOf(entries: Record<string, Uint8Array>): Record<string, unknown> & { parts: Array<Record<string, unknown>> } {
  return JSON.parse(new TextDecoder().decode(entries['manifest.json']!));
}

function rezip(entries: Record<string, Uint8Array>, manifest?: unknown): Uint8Array {
  const files: Zippable = { ...entries };
  if (manifest !== undefined) files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  return zipSync(files);
}

function problemOf(result: DecodeResult): AccordFileProblem | 'ok' {
  return result.ok ? 'ok' : result.problem;
}

describe('accord file: round trip', () => {
  it('decodes what it encodes, parts in order, and the Yjs state survives', async () => {
    const content = sampleContent();
    const file = await encodeAccordFile(content);
    const result = await decodeAccordFile(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectSameContent(result.content, content);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, result.content.parts[2]!.update);
    expect(doc.getText('t').toString()).toBe('Statuts '.repeat(300));
  });

  it('writes a readable manifest and a stored mimetype first', async () => {
    const file = await encodeAccordFile(sampleContent());
    expect(new TextDecoder().decode(file.subarray(30, 38))).toBe('mimetype');
    expect(new TextDecoder().decode(file.subarray(38, 38 + 30))).toBe('application/x-accord-workspace');
    const entries = entriesOf(file);
    const manifest = manifestOf(entries);
    expect(manifest).toMatchObject({ format: 'accord-workspace', version: ACCORD_FILE_VERSION, workspaceId: WS, app: { name: 'Accord', version: '0.1.0' } });
    const part = manifest.parts[2]!;
    expect(part).toMatchObject({ path: 'docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs', docId: 'doc_aaaaaaaaaaaaaaaaaaaaaaaa', kind: 'document' });
    expect(part.size).toBe(entries['docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs']!.length);
    expect(part.sha256).toBe(await sha256Hex(entries['docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs']!));
  });

  it('ignores entries it does not know (room for attachments/)', async () => {
    const entries = entriesOf(await encodeAccordFile(sampleContent()));
    entries['attachments/logo.png'] = new Uint8Array([1, 2, 3]);
    const result = await decodeAccordFile(rezip(entries));
    expect(result.ok).toBe(true);
  });

  it('refuses to encode content the app should never produce', async () => {
    const content = sampleContent();
    await expect(encodeAccordFile({ ...content, parts: content.parts.slice(1) })).rejects.toThrow();
    await expect(encodeAccordFile({ ...content, parts: [...content.parts, content.parts[2]!] })).rejects.toThrow();
    await expect(encodeAccordFile({ ...content, parts: [{ ...content.parts[2]!, kind: 'people' }] })).rejects.toThrow();
    await expect(encodeAccordFile({ ...content, workspaceId: '../x' })).rejects.toThrow();
  });

  it('reads the manifest alone, cheaply', async () => {
    const file = await encodeAccordFile(sampleContent());
    const result = readAccordManifest(file);
    expect(result).toMatchObject({ ok: true, manifest: { workspaceId: WS, version: 1, parts: expect.any(Array) } });
    expect(readAccordManifest(new Uint8Array(0))).toMatchObject({ ok: false, problem: 'empty' });
    expect(readAccordManifest(file.slice(0, 100))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(readAccordManifest(new TextEncoder().encode('hello'))).toMatchObject({ ok: false, problem: 'not-a-zip' });
  });

  it('derives kinds from ids', () => {
    expect(kindOf(WS, WS)).toBe('workspace');
    expect(kindOf(`${WS}.people`, WS)).toBe('people');
    expect(kindOf('doc_1', WS)).toBe('document');
  });

  it('computes the zip CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('accord file: problems', () => {
  const cases: Array<[string, AccordFileProblem, (file: Uint8Array) => Uint8Array | Promise<Uint8Array>, { maxBytes?: number }?]> = [
    ['an empty file', 'empty', () => new Uint8Array(0)],
    ['a file above the limit', 'too-large', (file) => file, { maxBytes: 100 }],
    ['random bytes', 'not-a-zip', () => Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)],
    ['a text file', 'not-a-zip', () => new TextEncoder().encode('Hello, this is not a workspace.\n')],
    ['a file cut in half', 'truncated', (file) => file.slice(0, file.length >> 1)],
    ['a file missing its last byte', 'truncated', (file) => file.slice(0, file.length - 1)],
    [
      'a renamed .docx',
      'not-accord',
      () => zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new TextEncoder().encode('<w:document/>') }),
    ],
    ['an empty zip', 'not-accord', () => zipSync({})],
    ['another format in the manifest', 'not-accord', (file) => rezip(entriesOf(file), { ...manifestOf(entriesOf(file)), format: 'other' })],
    [
      'another mimetype',
      'not-accord',
      (file) => {
        const entries = entriesOf(file);
        entries.mimetype = new TextEncoder().encode('application/epub+zip');
        return rezip(entries);
      },
    ],
    ['a newer version', 'newer-version', (file) => rezip(entriesOf(file), { ...manifestOf(entriesOf(file)), version: 2, parts: 'whatever v2 says' })],
    ['version zero', 'bad-manifest', (file) => rezip(entriesOf(file), { ...manifestOf(entriesOf(file)), version: 0 })],
    [
      'a manifest that is not JSON',
      'bad-manifest',
      (file) => {
        const entries = entriesOf(file);
        entries['manifest.json'] = new TextEncoder().encode('{"format": "accord-workspace", ');
        return rezip(entries);
      },
    ],
    ['a manifest without workspace id', 'bad-manifest', (file) => rezip(entriesOf(file), { ...manifestOf(entriesOf(file)), workspaceId: undefined })],
    [
      'a part path that does not match its id',
      'bad-manifest',
      (file) => {
        const manifest = manifestOf(entriesOf(file));
        manifest.parts[2]!.path = '../../etc/passwd';
        return rezip(entriesOf(file), manifest);
      },
    ],
    [
      'a workspace part of another id',
      'bad-manifest',
      (file) => rezip(entriesOf(file), { ...manifestOf(entriesOf(file)), workspaceId: 'ws_other' }),
    ],
    [
      'a document claiming to be the people doc',
      'bad-manifest',
      (file) => {
        const manifest = manifestOf(entriesOf(file));
        manifest.parts[2]!.kind = 'people';
        return rezip(entriesOf(file), manifest);
      },
    ],
    [
      'a duplicated part',
      'bad-manifest',
      (file) => {
        const manifest = manifestOf(entriesOf(file));
        manifest.parts.push(manifest.parts[2]!);
        return rezip(entriesOf(file), manifest);
      },
    ],
    [
      'a manifest with a flipped byte (CRC)',
      'bad-manifest',
      async (file) => {
        const entries = entriesOf(file);
        const text = new TextDecoder().decode(entries['manifest.json']!).replace('Comit', 'Comet');
        const zipped = zipSync({ ...entries, 'manifest.json': [new TextEncoder().encode(text), { level: 0 }] });
        // Restore the original manifest bytes' CRC in the directory: only the data changed.
        const crc = crc32(entries['manifest.json']!);
        const view = new DataView(zipped.buffer, zipped.byteOffset);
        const name = new TextEncoder().encode('manifest.json');
        for (let at = 0; at < zipped.length - 4; at += 1) {
          if (view.getUint32(at, true) === 0x02014b50 && Buffer.from(zipped.subarray(at + 46, at + 46 + name.length)).equals(Buffer.from(name))) view.setUint32(at + 16, crc, true);
        }
        return zipped;
      },
    ],
    [
      'a missing part',
      'missing-part',
      (file) => {
        const entries = entriesOf(file);
        delete entries['docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs'];
        return rezip(entries);
      },
    ],
    [
      'no workspace part',
      'missing-part',
      (file) => {
        const manifest = manifestOf(entriesOf(file));
        manifest.parts.shift();
        return rezip(entriesOf(file), manifest);
      },
    ],
    [
      'a part whose bytes changed',
      'damaged-part',
      (file) => {
        const entries = entriesOf(file);
        const part = entries['docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs']!;
        part[part.length >> 1] ^= 0x20;
        return rezip(entries);
      },
    ],
    [
      'a part of another size',
      'damaged-part',
      (file) => {
        const entries = entriesOf(file);
        entries['docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs'] = entries['docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs']!.slice(1);
        return rezip(entries);
      },
    ],
    [
      'a workspace part that is not a Yjs update (right checksum)',
      'damaged-part',
      async (file) => {
        const entries = entriesOf(file);
        const garbage = new Uint8Array([200, 200, 200, 200, 1, 2, 3]);
        entries[`docs/${WS}.yjs`] = garbage;
        const manifest = manifestOf(entries);
        const part = manifest.parts.find((candidate) => candidate.docId === WS)!;
        part.size = garbage.length;
        part.sha256 = await sha256Hex(garbage);
        return rezip(entries, manifest);
      },
    ],
    [
      'duplicate zip entries',
      'damaged-part',
      (file) => {
        // Rename one entry's name in place to another's (same length) so the directory lists it twice.
        const copy = file.slice();
        const from = new TextEncoder().encode('docs/doc_bbbbbbbbbbbbbbbbbbbbbbbb.yjs');
        const to = new TextEncoder().encode('docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs');
        const text = Buffer.from(copy);
        let at = text.indexOf(Buffer.from(from));
        while (at >= 0) {
          copy.set(to, at);
          at = text.indexOf(Buffer.from(from), at + 1);
        }
        return copy;
      },
    ],
  ];

  it.each(cases)('%s → %s', async (_label, problem, make, options) => {
    const file = await encodeAccordFile(sampleContent());
    const result = await decodeAccordFile(await make(file), options);
    expect(problemOf(result)).toBe(problem);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const content = sampleContent();
    content.parts[2] = { ...content.parts[2]!, update: new Uint8Array(4 * 1024 * 1024) };
    const file = await encodeAccordFile(content);
    expect(file.length).toBeLessThan(100_000);
    const result = await decodeAccordFile(file, { maxBytes: 100_000 });
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('refuses a part whose manifest size differs from the zip', async () => {
    const entries = entriesOf(await encodeAccordFile(sampleContent()));
    const manifest = manifestOf(entries);
    manifest.parts[2]!.size = 999_999_999;
    expect(problemOf(await decodeAccordFile(rezip(entries, manifest)))).toBe('damaged-part');
  });

  it('refuses a zip whose directory claims a huge inflated size, before allocating it', async () => {
    const file = await encodeAccordFile(sampleContent());
    const copy = file.slice();
    const view = new DataView(copy.buffer);
    const name = new TextEncoder().encode('docs/doc_aaaaaaaaaaaaaaaaaaaaaaaa.yjs');
    for (let at = 0; at < copy.length - 4; at += 1) {
      if (view.getUint32(at, true) === 0x02014b50 && Buffer.from(copy.subarray(at + 46, at + 46 + name.length)).equals(Buffer.from(name))) {
        view.setUint32(at + 24, 0xfffffff0, true);
      }
    }
    expect(problemOf(await decodeAccordFile(copy))).toBe('too-large');
  });

  it('refuses a file of another workspace when merging', async () => {
    const decoded = await decodeAccordFile(await encodeAccordFile(sampleContent()));
    if (!decoded.ok) throw new Error('expected ok');
    expect(checkSameWorkspace(decoded.content, WS).ok).toBe(true);
    expect(problemOf(checkSameWorkspace(decoded.content, 'ws_someoneelse'))).toBe('wrong-workspace');
  });
});

describe('accord file: fuzz', () => {
  it('1,000 corrupted variants never throw, never touch their input, never read as different content', async () => {
    const content = sampleContent();
    const original = await encodeAccordFile(content);
    const random = seededRandom(0xacc0_4d);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
    const names = Object.keys(entriesOf(original));
    const problems = new Map<string, number>();

    const mutations: Array<(file: Uint8Array) => Uint8Array | Promise<Uint8Array>> = [
      // truncation at a random offset
      (file) => file.slice(0, int(file.length)),
      // flipped bytes
      (file) => {
        const copy = file.slice();
        for (let n = 1 + int(8); n > 0; n -= 1) copy[int(copy.length)] ^= 1 + int(255);
        return copy;
      },
      // flipped bytes near the end (the central directory)
      (file) => {
        const copy = file.slice();
        copy[copy.length - 1 - int(Math.min(600, copy.length))] ^= 1 + int(255);
        return copy;
      },
      // random bytes inserted
      (file) => {
        const at = int(file.length);
        const extra = Uint8Array.from({ length: 1 + int(40) }, () => int(256));
        const out = new Uint8Array(file.length + extra.length);
        out.set(file.subarray(0, at));
        out.set(extra, at);
        out.set(file.subarray(at), at + extra.length);
        return out;
      },
      // a missing entry
      (file) => {
        const entries = entriesOf(file);
        delete entries[pick(names)];
        return rezip(entries);
      },
      // an extra entry
      (file) => {
        const entries = entriesOf(file);
        entries[pick(['attachments/a.bin', 'docs/doc_zzz.yjs', 'x', 'manifest.json.bak'])] = Uint8Array.from({ length: int(100) }, () => int(256));
        return rezip(entries);
      },
      // an entry renamed
      (file) => {
        const entries = entriesOf(file);
        const name = pick(names);
        const data = entries[name]!;
        delete entries[name];
        entries[`${name}.old`] = data;
        return rezip(entries);
      },
      // an entry's content swapped for another's or random bytes
      (file) => {
        const entries = entriesOf(file);
        entries[pick(names)] = random() < 0.5 ? entries[pick(names)]! : Uint8Array.from({ length: int(300) }, () => int(256));
        return rezip(entries);
      },
      // manifest edits
      (file) => {
        const entries = entriesOf(file);
        const manifest = manifestOf(entries);
        const part = pick(manifest.parts);
        const edits: Array<() => void> = [
          () => (manifest.version = pick([0, 2, 1.5, '1', null, -1])),
          () => (manifest.format = pick(['', 'accord', null, 42])),
          () => (manifest.workspaceId = pick(['ws_other', '', null, `${WS}.people`, 'doc_aaaaaaaaaaaaaaaaaaaaaaaa'])),
          () => delete (manifest as Record<string, unknown>)[pick(['format', 'version', 'workspaceId', 'name', 'savedAt', 'app', 'parts'])],
          () => ((manifest as Record<string, unknown>).parts = pick<unknown>([[], null, {}, manifest.parts.slice(1), [...manifest.parts, part]])),
          () => (part.size = pick([0, -1, (part.size as number) + 1, 1e12, '10'])),
          () => (part.sha256 = pick(['', 'x'.repeat(64), '0'.repeat(64), pick(manifest.parts).sha256])),
          () => (part.kind = pick(['workspace', 'people', 'document', 'other'])),
          () => (part.docId = pick(['../x', 'doc_other', WS, `${WS}.people`])),
          () => (part.path = pick(['docs/x.yjs', '/abs', '../docs/a', pick(manifest.parts).path])),
          () => delete part[pick(['path', 'docId', 'kind', 'size', 'sha256'])],
          () => manifest.parts.reverse(),
        ];
        pick(edits)();
        return rezip(entries, manifest);
      },
    ];

    const snapshot = original.slice();
    for (let variant = 0; variant < 1000; variant += 1) {
      const mutation = mutations[variant % mutations.length]!;
      const input = await mutation(original);
      const before = input.slice();
      let result: DecodeResult;
      try {
        result = await decodeAccordFile(input);
      } catch (error) {
        throw new Error(`variant ${variant} threw: ${String(error)}`);
      }
      expect(Buffer.from(input).equals(Buffer.from(before)), `variant ${variant} modified its input`).toBe(true);
      if (result.ok) {
        // Accepted only when it carries exactly the same parts (e.g. an unknown extra entry, or parts reordered).
        const byId = new Map(content.parts.map((part) => [part.docId, part]));
        expect(result.content.workspaceId).toBe(content.workspaceId);
        expect(result.content.name).toBe(content.name);
        expect(result.content.parts.length).toBe(content.parts.length);
        for (const part of result.content.parts) {
          const expected = byId.get(part.docId);
          expect(expected, `variant ${variant}: unknown part ${part.docId}`).toBeDefined();
          expect(part.kind).toBe(expected!.kind);
          expect(Buffer.from(part.update).equals(Buffer.from(expected!.update)), `variant ${variant}: part ${part.docId} differs`).toBe(true);
        }
      }
      const key = problemOf(result);
      problems.set(key, (problems.get(key) ?? 0) + 1);
    }
    expect(Buffer.from(original).equals(Buffer.from(snapshot))).toBe(true);
    // The variants reach most of the checks.
    for (const problem of ['truncated', 'not-accord', 'bad-manifest', 'missing-part', 'damaged-part'] as const) {
      expect(problems.get(problem) ?? 0, `${problem} in ${JSON.stringify([...problems])}`).toBeGreaterThan(0);
    }
  });
});
