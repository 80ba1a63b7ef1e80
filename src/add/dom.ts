import { parseHTML } from 'linkedom';

/**
 * The little of the DOM this code reads. The project compiles without the DOM library, so
 * linkedom's nodes are seen through this shape.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a whole HTML page into a document. */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}
