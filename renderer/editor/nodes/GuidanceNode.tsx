/**
 * Advice from the toolkit inside a template: shown in a muted box, not editable
 * text, and removed by GuidancePlugin once its section is written. A decorator
 * node, so @lexical/yjs syncs it as one Y.XmlElement whose attributes are
 * `__text` and `__baseline`.
 */
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';

export type SerializedGuidanceNode = Spread<{ text: string; baseline: string }, SerializedLexicalNode>;

function GuidanceBox({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="guidance" role="note" aria-label={t('templateLibrary.guidanceLabel')} data-testid="guidance">
      <span className="guidance__label" aria-hidden="true">
        {t('templateLibrary.guidanceLabel')}
      </span>
      <p className="guidance__text" dir="auto">
        {text}
      </p>
    </div>
  );
}

export class GuidanceNode extends DecoratorNode<JSX.Element> {
  __text: string;
  /** Fingerprint of the section as the template wrote it ('' = any text counts as written). */
  __baseline: string;

  static override getType(): string {
    return 'guidance';
  }

  static override clone(node: GuidanceNode): GuidanceNode {
    return new GuidanceNode(node.__text, node.__baseline, node.__key);
  }

  static override importJSON(serialized: SerializedGuidanceNode): GuidanceNode {
    return $createGuidanceNode(serialized.text, serialized.baseline);
  }

  // Defaults matter: @lexical/yjs reads the synced properties off a node built with no arguments.
  constructor(text = '', baseline = '', key?: NodeKey) {
    super(key);
    this.__text = text;
    this.__baseline = baseline;
  }

  override exportJSON(): SerializedGuidanceNode {
    return { ...super.exportJSON(), type: 'guidance', version: 1, text: this.__text, baseline: this.__baseline };
  }

  getText(): string {
    return this.getLatest().__text;
  }

  getBaseline(): string {
    return this.getLatest().__baseline;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'ed-guidance';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  // Copying out of the editor leaves the advice behind: it belongs to the template, not the text.
  override exportDOM(): DOMExportOutput {
    return { element: null };
  }

  /** Not part of the document's text (search, word counts, section fingerprints). */
  override getTextContent(): string {
    return '';
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override decorate(): JSX.Element {
    return <GuidanceBox text={this.__text} />;
  }
}

export function $createGuidanceNode(text: string, baseline = ''): GuidanceNode {
  return new GuidanceNode(text, baseline);
}

export function $isGuidanceNode(node: LexicalNode | null | undefined): node is GuidanceNode {
  return node instanceof GuidanceNode;
}
