/**
 * Reads and touches Candor's in-page flags from outside the page, for the end-to-end
 * tests (through tests/e2e/flags.ts) and the `npm start` demo summary.
 *
 * Candor's UI lives in a CLOSED shadow root and its <candor-flag> host carries no
 * attributes, so neither the page nor Playwright's locators can see a verdict. Tests
 * read it the way only a debugger can: the DevTools protocol's DOM domain with shadow
 * roots pierced (`DOM.getDocument({ depth: -1, pierce: true })`). Inside each host's
 * root exactly one element carries `data-level` and `data-categories` (the test
 * contract, see src/content/overlay/flag-element.ts).
 *
 * Clicks are real input: the mouse is moved to the centre of the element's box from
 * `DOM.getBoxModel` and clicked through Playwright, so the browser marks the events
 * `isTrusted`, exactly as for a person. (A scripted `element.click()` is what a hostile
 * page would do, and Candor ignores it.)
 */
import type { CDPSession, Page } from '@playwright/test';

export interface FlagOnPage {
  level: string | null;
  categories: string | null;
  /** How many flags share this flag's parent: 1 means one flag per reply. */
  turns: number | undefined;
}

/** A node of the DevTools protocol's DOM tree (only the fields used here). */
interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

interface FoundFlag {
  host: CdpNode;
  /** The host's closed shadow root, as the protocol sees it. */
  root: CdpNode | null;
  /** The element inside the root carrying `data-level`. */
  marked: CdpNode | null;
  siblingsWithFlags: number;
}

const FLAG = 'candor-flag';
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let existing = sessions.get(page);
  if (!existing) {
    existing = page.context().newCDPSession(page);
    sessions.set(page, existing);
  }
  return existing;
}

function attribute(node: CdpNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? null;
  return null;
}

/** Depth-first, in document order, through children, shadow roots and frames. */
function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  if (node.contentDocument) yield* walk(node.contentDocument);
  for (const child of node.children ?? []) yield* walk(child);
}

function findFirst(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  for (const n of walk(node)) if (test(n)) return n;
  return null;
}

async function documentTree(page: Page): Promise<CdpNode> {
  const { root } = (await (await session(page)).send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return root;
}

async function findFlags(page: Page): Promise<FoundFlag[]> {
  const found: FoundFlag[] = [];
  for (const node of walk(await documentTree(page))) {
    const hosts = (node.children ?? []).filter((child) => child.localName === FLAG);
    for (const host of hosts) {
      const root = host.shadowRoots?.[0] ?? null;
      const marked = root ? findFirst(root, (n) => n.nodeType === 1 && attribute(n, 'data-level') !== null) : null;
      found.push({ host, root, marked, siblingsWithFlags: hosts.length });
    }
  }
  return found;
}

/** Flags on the page: level and categories per <candor-flag>, in document order. */
export async function flagsOnPage(page: Page): Promise<FlagOnPage[]> {
  return (await findFlags(page)).map(({ marked, siblingsWithFlags }) => ({
    level: marked ? attribute(marked, 'data-level') : null,
    categories: marked ? attribute(marked, 'data-categories') : null,
    turns: siblingsWithFlags,
  }));
}

/** The page's own text of a node (light DOM only: no shadow roots, no <candor-flag>, no scripts or styles). */
function pageTextOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === FLAG || node.localName === 'style' || node.localName === 'script' || node.localName === 'template') return '';
  return (node.children ?? []).map(pageTextOf).join('');
}

/**
 * Each flag's level beside the page text of the element it sits in (the reply's turn
 * or body), so a test can tell WHICH reply a flag judged, not only how many were flagged.
 */
export async function flagsWithTheirText(page: Page): Promise<{ level: string | null; text: string }[]> {
  const parents = new Map<number, CdpNode>();
  for (const node of walk(await documentTree(page))) for (const child of node.children ?? []) if (child.localName === FLAG) parents.set(child.backendNodeId, node);
  return (await findFlags(page)).map(({ host, marked }) => {
    const parent = parents.get(host.backendNodeId);
    return { level: marked ? attribute(marked, 'data-level') : null, text: parent ? pageTextOf(parent).replace(/\s+/gu, ' ') : '' };
  });
}

/** Which flag: its index among all flags on the page, or the last one with a level other than none. */
export type WhichFlag = number | 'last-flagged';

async function pick(page: Page, which: WhichFlag): Promise<FoundFlag> {
  const flags = await findFlags(page);
  const flag =
    which === 'last-flagged'
      ? flags.filter((f) => f.marked && attribute(f.marked, 'data-level') !== 'none').at(-1)
      : flags[which];
  if (!flag) throw new Error(`no flag ${String(which)} among ${flags.length}`);
  return flag;
}

function elementInFlag(flag: FoundFlag, test: (n: CdpNode) => boolean, what: string): CdpNode {
  const node = flag.root ? findFirst(flag.root, (n) => n.nodeType === 1 && test(n)) : null;
  if (!node) throw new Error(`no ${what} inside the flag`);
  return node;
}

/** The centre of an element's border box, in CSS pixels of the viewport. */
async function centreOf(page: Page, node: CdpNode): Promise<{ x: number; y: number }> {
  const { model } = (await (await session(page)).send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { border: number[] } };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/**
 * Whether the browser's hit test at a point lands on this flag (a sticky bar or a row
 * re-mounted by a virtual list does not). From the page, a hit inside the closed shadow
 * root is retargeted to its host, so the host is what is compared.
 */
async function hitsFlag(page: Page, point: { x: number; y: number }, flag: FoundFlag): Promise<boolean> {
  const cdp = await session(page);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: flag.host.backendNodeId })) as { object: { objectId?: string } };
  if (!object.objectId) return false;
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function (x, y) { return document.elementFromPoint(x, y) === this; }',
    arguments: [{ value: point.x }, { value: point.y }],
    returnByValue: true,
  })) as { result: { value?: unknown } };
  return result.value === true;
}

/**
 * Clicks the control with `data-action="<action>"` inside a flag (`toggle` is the
 * badge) with the real mouse: a trusted click, as a person makes it.
 *
 * Scrolling the control into view can make a virtual list (DeepSeek's, Claude's)
 * unmount the row and mount a fresh one, flag and all: so the flag is found again after
 * the scroll, and the mouse goes down only once the browser's own hit test says the
 * point lands on the control, as a person looks before clicking.
 */
export async function clickInFlag(page: Page, which: WhichFlag, action: string): Promise<void> {
  const cdp = await session(page);
  const control = (flag: FoundFlag) => elementInFlag(flag, (n) => attribute(n, 'data-action') === action, `[data-action="${action}"]`);
  let lastError: unknown = 'something else covers it';
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control(await pick(page, which)).backendNodeId });
      await page.waitForTimeout(attempt === 0 ? 50 : 250);
      const flag = await pick(page, which);
      const point = await centreOf(page, control(flag));
      if (!(await hitsFlag(page, point, flag))) continue;
      await page.mouse.click(point.x, point.y);
      return;
    } catch (error) {
      lastError = error; // the node went away between two protocol calls: look again
    }
  }
  throw new Error(`could not click [data-action="${action}"] in flag ${String(which)}: ${String(lastError)}`);
}

/** Where the badge or the card of a flag is on screen (for screenshots and layout checks). */
export async function boxInFlag(page: Page, which: WhichFlag, part: 'badge' | 'card'): Promise<{ x: number; y: number; width: number; height: number }> {
  const flag = await pick(page, which);
  const target =
    part === 'badge'
      ? elementInFlag(flag, (n) => attribute(n, 'data-action') === 'toggle', 'badge')
      : elementInFlag(flag, (n) => attribute(n, 'id') === 'card', 'card');
  const { model } = (await (await session(page)).send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as {
    model: { border: number[]; width: number; height: number };
  };
  return { x: model.border[0] ?? 0, y: model.border[1] ?? 0, width: model.width, height: model.height };
}

/**
 * Every badge's words and whether they fit: `hidden` is how many CSS pixels of the label
 * its box cuts off (0 when the whole label shows; more means an ellipsis or worse).
 */
export async function badgeFits(page: Page): Promise<{ text: string; hidden: number }[]> {
  const cdp = await session(page);
  const out: { text: string; hidden: number }[] = [];
  for (const flag of await findFlags(page)) {
    const words = flag.root ? findFirst(flag.root, (n) => n.nodeType === 1 && (attribute(n, 'class') ?? '').split(' ').includes('badge-text')) : null;
    if (!words) continue;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: words.backendNodeId })) as { object: { objectId?: string } };
    if (!object.objectId) continue;
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return [this.textContent, this.scrollWidth - this.clientWidth]; }',
      returnByValue: true,
    })) as { result: { value?: [string, number] } };
    const [text = '', hidden = 0] = result.value ?? [];
    out.push({ text, hidden });
  }
  return out;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
}

/** The text of a flag's badge and card (if open), as the person reads it. */
export async function flagText(page: Page, which: WhichFlag): Promise<string> {
  const flag = await pick(page, which);
  return flag.root ? textOf(flag.root) : '';
}

/** Whether a flag's card is open. */
export async function cardOpen(page: Page, which: WhichFlag): Promise<boolean> {
  const flag = await pick(page, which);
  return flag.root !== null && findFirst(flag.root, (n) => attribute(n, 'id') === 'card') !== null;
}

/** How many elements with these tag names a flag's root holds (markup built from page text would add some). */
export async function countInFlag(page: Page, which: WhichFlag, localNames: readonly string[]): Promise<number> {
  const flag = await pick(page, which);
  if (!flag.root) return 0;
  let count = 0;
  for (const node of walk(flag.root)) if (node.nodeType === 1 && localNames.includes(node.localName ?? '')) count += 1;
  return count;
}
