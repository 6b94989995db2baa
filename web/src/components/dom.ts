// DOM building without innerHTML: every piece of text goes through createTextNode, so untrusted
// labels and article sentences can never become markup.

type Child = Node | string | number | null | undefined | false;

/** Properties el() may set: a safe subset (no innerHTML, no event handler strings). */
export interface ElProps {
  className?: string;
  id?: string;
  title?: string;
  type?: string;
  role?: string;
  tabIndex?: number;
  hidden?: boolean;
  /** aria-* and data-* attributes, set with setAttribute (values are plain text). */
  attrs?: Record<string, string>;
}

/** Creates an element with text-only children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.title) node.title = props.title;
  if (props.type) node.setAttribute("type", props.type);
  if (props.role) node.setAttribute("role", props.role);
  if (props.tabIndex !== undefined) node.tabIndex = props.tabIndex;
  if (props.hidden) node.hidden = true;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^(aria|data)-[a-z-]+$/.test(name) || name === "for" || name === "lang") node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

/** Appends children; strings and numbers become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link to an http(s) URL only (anything else, e.g. javascript:, becomes plain text). */
export function safeLink(url: unknown, text: string): HTMLElement {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    const a = el("a", {}, text);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  return el("span", {}, text);
}

/** Gets an element that index.html must contain, or throws a message naming it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`explorer: #${id} is missing from index.html`);
  return node as T;
}

/** Saves text as a file through a temporary blob link. */
export function download(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
