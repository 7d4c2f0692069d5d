// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
/**
 * The turn watcher on real fixture pages: each finished reply is reported exactly
 * once, never half-streamed, with its user message and history; replies on screen
 * first, the rest in idle time; navigation resets it; stop() leaves nothing running.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  TurnWatcher,
  type IdleBudget,
  type ObservedReply,
  type PageState,
  type Scheduler,
  type TurnWatcherOptions,
  type WatcherCounts,
} from '@/src/content/turn-watcher';
import { deepseekAdapter } from '@/src/sites/deepseek';
import { chatgptAdapter } from '@/src/sites/chatgpt';
import { adapterById } from '@/src/sites';
import type { SiteAdapter } from '@/src/sites/types';
import { SITE_FIXTURES } from '../../fixtures/sites/generations';
import { Window } from 'happy-dom';
import { readFixture } from '../../fixtures/read-fixture';
import { loadStreamableFixture, type StreamableFixture } from '../sites/load-fixture';

/** A fixture with no streaming driver (broken.html), opened at a real URL. */
function loadStatic(path: string, url: string): StreamableFixture {
  const window = new Window({ url });
  window.document.write(readFixture(path));
  const inert = () => undefined;
  return {
    document: window.document as unknown as Document,
    harness: { appendUserTurn: inert, startAssistantTurn: inert, appendChunk: inert, finishAssistantTurn: inert },
    close: () => window.happyDOM.close(),
  };
}

/** How soon the fake browser calls idle callbacks; each gets no spare time, so takes one item. */
const IDLE_AFTER_MS = 50;
const NO_IDLE_TIME: IdleBudget = { timeRemaining: () => 0 };

/** A manual clock: timers and idle callbacks run only when the test advances time. */
class FakeScheduler implements Scheduler {
  now = 1_000;
  idleCallbacksRun = 0;
  private nextId = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(id: number): void {
    this.timers.delete(id);
  }
  requestIdleCallback(fn: (budget: IdleBudget) => void, timeoutMs: number): number {
    return this.setTimeout(() => {
      this.idleCallbacksRun++;
      fn(NO_IDLE_TIME);
    }, Math.min(IDLE_AFTER_MS, timeoutMs));
  }
  cancelIdleCallback(id: number): void {
    this.clearTimeout(id);
  }
  get pending(): number {
    return this.timers.size;
  }
  /** Advance the clock, running due timers in order; lets observers deliver first. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 0)); // MutationObserver callbacks
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      due[1].fn();
    }
    this.now = until;
  }
}

/**
 * Every reply of a long page (longPage) reported once, in page order, each with its own
 * question, and every one watched for visibility.
 */
function expectEveryReplyOnceWithItsQuestion(doc: Document, replies: ObservedReply[], observed: readonly Element[], questions: number): void {
  const replyElements = chatgptAdapter.findTurns(doc.body).filter((t) => t.role === 'assistant').map((t) => t.element);
  expect(replies.map((r) => r.turn.element).sort(byDocumentOrder)).toEqual(replyElements);
  const asked = replies.filter((r) => r.text.includes('brilliant plan') || r.text.includes('two weak points'));
  expect(asked).toHaveLength(questions);
  for (const reply of asked) expect(reply.user).toMatch(/^Question \d+: is my plan good\?$/u);
  expect(new Set(observed)).toEqual(new Set(replyElements));
}

/**
 * happy-dom's IntersectionObserver never reports anything; this one reports each observed
 * element once, soon after observe(), as on screen when `onScreen(element)` says so.
 */
/**
 * The scheduler, calling `endTask` after each timer and idle callback it runs: where a task
 * of the watcher's ends, and whether it was an idle callback.
 */
function endingEachTask(scheduler: FakeScheduler, endTask: (idle: boolean) => void): Scheduler {
  return {
    setTimeout: (fn, ms) => scheduler.setTimeout(() => (fn(), endTask(false)), ms),
    clearTimeout: (id) => scheduler.clearTimeout(id),
    requestIdleCallback: (fn, ms) => scheduler.requestIdleCallback((budget) => (fn(budget), endTask(true)), ms),
    cancelIdleCallback: (id) => scheduler.cancelIdleCallback(id),
  };
}

function installVisibility(
  doc: Document,
  onScreen: (element: Element) => boolean,
): { scrollIntoView(target: Element): void; observed: Element[] } {
  let report: ((entries: Partial<IntersectionObserverEntry>[]) => void) | undefined;
  const observed: Element[] = [];
  class FakeIntersectionObserver {
    constructor(private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
      report = callback;
    }
    observe(target: Element): void {
      observed.push(target);
      void Promise.resolve().then(() => this.callback([{ target, isIntersecting: onScreen(target) }]));
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  (doc.defaultView as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  return { scrollIntoView: (target) => report?.([{ target, isIntersecting: true }]), observed };
}

let fixture: StreamableFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** Watches a fixture page; every reply counts as on screen unless `onScreen` says otherwise. */
function watch(
  adapterOrMake: SiteAdapter | ((doc: Document) => SiteAdapter),
  path: string,
  url: string,
  onScreen: (element: Element) => boolean = () => true,
  extra: Partial<TurnWatcherOptions> = {},
) {
  fixture = path === 'broken.html' ? loadStatic(path, url) : loadStreamableFixture(path, url);
  // An adapter that wraps the page it reads (counting its reads) is made once the page is.
  const adapter = typeof adapterOrMake === 'function' ? adapterOrMake(fixture.document) : adapterOrMake;
  const visibility = installVisibility(fixture.document, onScreen);
  const scheduler = new FakeScheduler();
  const replies: ObservedReply[] = [];
  const states: PageState[] = [];
  const watcher = new TurnWatcher({
    adapter,
    doc: fixture.document,
    scheduler,
    now: () => scheduler.now,
    onReply: (r) => replies.push(r),
    onPageState: (s) => states.push(s),
    onError: (e) => {
      throw e;
    },
    ...extra,
  });
  watcher.start();
  return { watcher, scheduler, replies, states, visibility, harness: fixture.harness, doc: fixture.document };
}

describe.each(SITE_FIXTURES.map((f) => [f.name, adapterById(f.site)!, f.file, f.url] as const))('%s', (_site, adapter, path, url) => {
  it('reports each finished reply once, with its user message and earlier turns', async () => {
    const { scheduler, replies, states } = watch(adapter, path, url);
    await scheduler.advance(5_000);
    const expected = adapter.findTurns(fixture!.document.body).filter((t) => t.role === 'assistant').length;
    expect(replies).toHaveLength(expected);
    expect(states).toEqual(['watching']);
    expect(replies[0]?.user).toBeTruthy();
    expect(replies[0]?.history).toEqual([]);
    const last = replies[replies.length - 1]!;
    expect(last.history.length).toBe(2 * (expected - 1));
    expect(last.history.map((h) => h.role)).toEqual(last.history.map((_h, i) => (i % 2 === 0 ? 'user' : 'assistant')));
    await scheduler.advance(30_000);
    expect(replies).toHaveLength(expected);
  });

  it('never reports a half-streamed reply, and reports it once when finished', async () => {
    const { scheduler, replies, harness } = watch(adapter, path, url);
    await scheduler.advance(5_000);
    const before = replies.length;
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan! ');
    await scheduler.advance(3_000);
    harness.appendChunk('You should absolutely go for it.');
    await scheduler.advance(3_000);
    expect(replies).toHaveLength(before);
    harness.finishAssistantTurn();
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(before + 1);
    const reply = replies[replies.length - 1]!;
    expect(reply.text).toContain('What a brilliant plan!');
    expect(reply.text).toContain('You should absolutely go for it.');
    expect(reply.user).toBe('Should I put all my savings into one coin?');
    await scheduler.advance(10_000);
    expect(replies).toHaveLength(before + 1);
  });

  it('ignores changes to its own <candor-flag> elements', async () => {
    const { scheduler, replies, doc } = watch(adapter, path, url);
    await scheduler.advance(5_000);
    const count = replies.length;
    const turn = replies[0]!.turn.element;
    const flag = doc.createElement('candor-flag');
    flag.textContent = 'Candor · flattery';
    turn.appendChild(flag);
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(count);
    expect(adapter.readText(replies[0]!.turn)).not.toContain('Candor');
  });

  it('starts afresh after navigation to another conversation', async () => {
    const { watcher, scheduler, replies } = watch(adapter, path, url);
    await scheduler.advance(5_000);
    const count = replies.length;
    watcher.onLocationChange();
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(count * 2);
  });

  it('leaves no timers or observers after stop()', async () => {
    const { watcher, scheduler, replies, harness } = watch(adapter, path, url);
    await scheduler.advance(5_000);
    const count = replies.length;
    watcher.stop();
    expect(scheduler.pending).toBe(0);
    harness.appendUserTurn('Hello?');
    harness.startAssistantTurn();
    harness.appendChunk('Hi.');
    harness.finishAssistantTurn();
    await scheduler.advance(10_000);
    expect(replies).toHaveLength(count);
    expect(scheduler.pending).toBe(0);
  });
});

describe('a page whose markup matches nothing', () => {
  it('is reported as unreadable on a conversation page, after a grace period', async () => {
    const { scheduler, replies, states } = watch(chatgptAdapter, 'broken.html', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    await scheduler.advance(2_000);
    expect(states).toEqual([]);
    await scheduler.advance(10_000);
    expect(states).toEqual(['unreadable']);
    expect(replies).toEqual([]);
  });
});

describe('navigation noticed from the DOM', () => {
  it('resets when the URL changed and the page re-rendered, without any polling', async () => {
    fixture = loadStreamableFixture('chatgpt/current.html', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    const scheduler = new FakeScheduler();
    const replies: ObservedReply[] = [];
    let switches = 0;
    const watcher = new TurnWatcher({
      adapter: chatgptAdapter,
      doc: fixture.document,
      scheduler,
      now: () => scheduler.now,
      onReply: (r) => replies.push(r),
      onConversationChange: () => switches++,
    });
    watcher.start();
    await scheduler.advance(10_000); // past the one-shot grace check for unreadable pages
    const count = replies.length;
    expect(scheduler.pending).toBe(0); // idle: no timers at all
    const win = fixture.document.defaultView as unknown as Window;
    win.history.pushState({}, '', '/c/11111111-2222-4333-8444-555566667777');
    fixture.harness.appendUserTurn('A new conversation');
    await scheduler.advance(5_000);
    expect(switches).toBe(1);
    expect(replies.length).toBeGreaterThan(count);
    await scheduler.advance(10_000);
    expect(scheduler.pending).toBe(0);
    watcher.stop();
  });
});

describe('re-reading only what changed', () => {
  it('reports a regenerated reply again when its text changes, and a replaced turn element', async () => {
    const { scheduler, replies, doc } = watch(chatgptAdapter, 'chatgpt/current.html', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    await scheduler.advance(5_000);
    const count = replies.length;
    const first = replies[0]!;
    // Regenerate in place: the text inside the reply changes.
    const body = chatgptAdapter.replyBody(first.turn)!;
    const p = doc.createElement('p');
    p.textContent = 'A regenerated answer with different words.';
    body.appendChild(p);
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(count + 1);
    expect(replies[replies.length - 1]?.key).toBe(first.key);
    // The site swaps the whole turn element for a fresh copy with new text.
    const clone = first.turn.element.cloneNode(true) as Element;
    const cloneBody = chatgptAdapter.replyBody({ ...first.turn, element: clone })!;
    const extra = doc.createElement('p');
    extra.textContent = 'Swapped in as a new element.';
    cloneBody.appendChild(extra);
    first.turn.element.replaceWith(clone);
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(count + 2);
    expect(replies[replies.length - 1]?.text).toContain('Swapped in as a new element.');
  });
});

describe('a long conversation opened at once', () => {
  const url = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';

  /** The fixture grown to `exchanges` more exchanges, all finished before Candor starts. */
  function longPage(exchanges: number) {
    fixture = loadStreamableFixture('chatgpt/current.html', url);
    for (let i = 0; i < exchanges; i++) {
      fixture.harness.appendUserTurn(`Question ${i}: is my plan good?`);
      fixture.harness.startAssistantTurn();
      fixture.harness.appendChunk(i % 2 === 0 ? 'What a brilliant plan, you are clearly a visionary!' : 'It has two weak points: cost and timing.');
      fixture.harness.finishAssistantTurn();
    }
    return fixture;
  }

  it('reports the replies on screen and the latest one first, the rest in idle time, each once', async () => {
    const page = longPage(10);
    const replyElements = chatgptAdapter.findTurns(page.document.body).filter((t) => t.role === 'assistant').map((t) => t.element);
    const onScreen = new Set(replyElements.slice(0, 2));
    const visibility = installVisibility(page.document, (element) => onScreen.has(element));
    const scheduler = new FakeScheduler();
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter: chatgptAdapter, doc: page.document, scheduler, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();

    await scheduler.advance(920); // past the settle window, before the first idle callback
    const latest = replyElements[replyElements.length - 1] as Element;
    expect(new Set(replies.map((r) => r.turn.element))).toEqual(new Set([...onScreen, latest]));
    expect(scheduler.idleCallbacksRun).toBe(0);

    // Scrolling to a reply that waits for idle time reports it at once.
    const scrolledTo = replyElements[5] as Element;
    visibility.scrollIntoView(scrolledTo);
    await scheduler.advance(10);
    expect(replies.map((r) => r.turn.element)).toContain(scrolledTo);
    expect(scheduler.idleCallbacksRun).toBe(0);

    await scheduler.advance(10_000);
    expect(replies.map((r) => r.turn.element).sort(byDocumentOrder)).toEqual(replyElements);
    // One reply per idle callback when the browser has no spare time.
    expect(scheduler.idleCallbacksRun).toBe(replyElements.length - onScreen.size - 2);
    // The context of a reply reported early holds turns that were not reported yet.
    const latestReply = replies.find((r) => r.turn.element === latest);
    expect(latestReply?.user).toBe('Question 9: is my plan good?');
    expect(latestReply?.history).toHaveLength(12);
    expect(scheduler.pending).toBe(0);
  });

  it('watches the newest replies for visibility first and the older ones in later tasks; an old reply on screen is still reported at once', async () => {
    const page = longPage(30);
    const replyElements = chatgptAdapter.findTurns(page.document.body).filter((t) => t.role === 'assistant').map((t) => t.element);
    // Scrolled to the top: only the oldest reply is on screen.
    const oldest = replyElements[0] as Element;
    const visibility = installVisibility(page.document, (element) => element === oldest);
    const scheduler = new FakeScheduler();
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter: chatgptAdapter, doc: page.document, scheduler, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();

    await scheduler.advance(920); // past the settle window, before the first idle callback
    // Every reply observed once, newest first (the first scan takes only the newest few).
    expect(visibility.observed).toEqual([...replyElements].reverse());
    const latest = replyElements[replyElements.length - 1] as Element;
    expect(new Set(replies.map((r) => r.turn.element))).toEqual(new Set([oldest, latest]));
    expect(scheduler.idleCallbacksRun).toBe(0);
    await scheduler.advance(60_000);
    expect(replies.map((r) => r.turn.element).sort(byDocumentOrder)).toEqual(replyElements);
    expect(scheduler.pending).toBe(0);
  });

  it('does not ask the site whether replies found at load are streaming until the settle window has passed', async () => {
    const page = longPage(30);
    installVisibility(page.document, () => true);
    const scheduler = new FakeScheduler();
    const replies: ObservedReply[] = [];
    // Every reply of a page opened on a long conversation starts settling in the first
    // scan, so none can have settled there: asking each whether it streams was a whole
    // pass of stop-control lookups in the task that loads the page.
    const asked: number[] = [];
    const counting: SiteAdapter = {
      ...chatgptAdapter,
      isStreaming: (turn, doc, isLastTurn) => {
        asked.push(scheduler.now);
        return chatgptAdapter.isStreaming(turn, doc, isLastTurn);
      },
    };
    const start = scheduler.now;
    new TurnWatcher({ adapter: counting, doc: page.document, scheduler, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();
    await scheduler.advance(100);
    expect(asked).toEqual([]);
    await scheduler.advance(60_000);
    const replyCount = chatgptAdapter.findTurns(page.document.body).filter((t) => t.role === 'assistant').length;
    expect(replies).toHaveLength(replyCount);
    // Each reply is asked once, when its settle window is over, and all were reported.
    expect(asked).toHaveLength(replyCount);
    expect(asked.every((at) => at >= start + 900)).toBe(true);
  });

  it('asks whether replies still stream for a slice of a task at most, and reports every reply once', async () => {
    const page = longPage(40);
    const visibility = installVisibility(page.document, () => true);
    const scheduler = new FakeScheduler();
    // Each "is it still streaming?" costs 1 ms of the watcher's clock (stop-control lookups
    // on a slow machine): asking all 40 replies in the settle check after load was one
    // long task.
    let askedThisTask = 0;
    const mostAskedInOneTask: number[] = [];
    const endTask = () => {
      mostAskedInOneTask.push(askedThisTask);
      askedThisTask = 0;
    };
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      isStreaming: (turn, doc, isLastTurn) => {
        scheduler.now += 1;
        askedThisTask++;
        return chatgptAdapter.isStreaming(turn, doc, isLastTurn);
      },
    };
    const tasks = endingEachTask(scheduler, endTask);
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter, doc: page.document, scheduler: tasks, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();
    await scheduler.advance(60_000);
    // At most the slice's worth of asks (6 ms at 1 ms each) in any one task.
    expect(Math.max(...mostAskedInOneTask)).toBeLessThanOrEqual(6);
    expectEveryReplyOnceWithItsQuestion(page.document, replies, visibility.observed, 40);
    expect(scheduler.pending).toBe(0);
  });

  it('stops a first scan whose turn list took a good part of a frame, and does the rest in the next task', async () => {
    const page = longPage(40);
    const visibility = installVisibility(page.document, () => true);
    const scheduler = new FakeScheduler();
    // Walking the whole page costs 8 ms of the watcher's clock (200 turns on a slow machine).
    let task: { walked: boolean; readMessages: number; observedBefore: number } = { walked: false, readMessages: 0, observedBefore: 0 };
    const tasksThatWalkedAndWorked: string[] = [];
    const endTask = () => {
      const observed = visibility.observed.length - task.observedBefore;
      if (task.walked && (task.readMessages > 0 || observed > 0)) tasksThatWalkedAndWorked.push(`${task.readMessages} reads, ${observed} observed`);
      task = { walked: false, readMessages: 0, observedBefore: visibility.observed.length };
    };
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      // One walk of the whole page, as for an adapter that cannot read it in slices.
      findTurnsInSlices: undefined,
      findTurns: (root) => {
        if (root === page.document.body) {
          scheduler.now += 8;
          task.walked = true;
        }
        return chatgptAdapter.findTurns(root);
      },
      readText: (turn) => {
        if (turn.role === 'user') task.readMessages++;
        return chatgptAdapter.readText(turn);
      },
    };
    const tasks = endingEachTask(scheduler, endTask);
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter, doc: page.document, scheduler: tasks, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();
    await scheduler.advance(60_000);
    expect(tasksThatWalkedAndWorked).toEqual([]);
    // Nothing lost in the split: every reply once, with its own question.
    expectEveryReplyOnceWithItsQuestion(page.document, replies, visibility.observed, 40);
    expect(scheduler.pending).toBe(0);
  });

  it('reads the turn list of a long page in slices, no task reading for longer than its budget, and reports every reply once', async () => {
    const page = longPage(40);
    const visibility = installVisibility(page.document, () => true);
    const scheduler = new FakeScheduler();
    // Every look at the clock inside the read comes after 8 candidates: 2 ms of the watcher's clock.
    const stepsPerTask: number[] = [];
    const msPerStep: number[] = [];
    let steps = 0;
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      findTurns: (root) => {
        if (root === page.document.body) throw new Error('a whole-page read in one task');
        return chatgptAdapter.findTurns(root);
      },
      findTurnsInSlices: (root) => {
        const read = chatgptAdapter.findTurnsInSlices!(root);
        return {
          step: (timeUp) => {
            steps++;
            const before = scheduler.now;
            const turns = read.step(() => {
              scheduler.now += 2;
              return timeUp();
            });
            msPerStep.push(scheduler.now - before);
            return turns;
          },
        };
      },
    };
    // Slices read in idle callbacks are counted apart: nothing waits for them, so only the
    // first belongs in a timer task.
    let stepsInIdleTime = 0;
    const endTask = (idle: boolean) => {
      if (steps > 0) stepsPerTask.push(steps);
      if (idle) stepsInIdleTime += steps;
      steps = 0;
    };
    const tasks = endingEachTask(scheduler, endTask);
    const replies: ObservedReply[] = [];
    new TurnWatcher({
      adapter,
      doc: page.document,
      scheduler: tasks,
      now: () => scheduler.now,
      onReply: (r) => replies.push(r),
      onError: (e) => {
        throw e;
      },
    }).start();
    await scheduler.advance(60_000);
    // The page's turns in several tasks, one slice each, none read for longer than its budget (4 ms).
    expect(stepsPerTask.length).toBeGreaterThan(3);
    expect(stepsPerTask.every((n) => n === 1)).toBe(true);
    expect(Math.max(...msPerStep)).toBeLessThanOrEqual(4);
    // Every slice after the first ran in idle time (issue #13: the page never waits for it).
    expect(stepsInIdleTime).toBe(stepsPerTask.length - 1);
    expectEveryReplyOnceWithItsQuestion(page.document, replies, visibility.observed, 40);
    expect(scheduler.pending).toBe(0);
  });

  it('reads the whole list again when the page changed while its list was read in slices', async () => {
    const page = longPage(20);
    installVisibility(page.document, () => true);
    const scheduler = new FakeScheduler();
    let wholeReads = 0;
    let changedOnce = false;
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      findTurns: (root) => {
        if (root === page.document.body) wholeReads++;
        return chatgptAdapter.findTurns(root);
      },
      findTurnsInSlices: (root) => {
        const read = chatgptAdapter.findTurnsInSlices!(root);
        return {
          step: (timeUp) => {
            const turns = read.step(() => {
              scheduler.now += 1;
              return timeUp();
            });
            // Between two slices, the site adds an exchange.
            if (turns === null && !changedOnce) {
              changedOnce = true;
              page.harness.appendUserTurn('Asked while Candor was reading the page');
              page.harness.startAssistantTurn();
              page.harness.appendChunk('An answer that came in meanwhile.');
              page.harness.finishAssistantTurn();
            }
            return turns;
          },
        };
      },
    };
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter, doc: page.document, scheduler, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();
    await scheduler.advance(60_000);
    expect(changedOnce).toBe(true);
    expect(wholeReads).toBe(1);
    const last = replies.find((r) => r.text === 'An answer that came in meanwhile.');
    expect(last?.user).toBe('Asked while Candor was reading the page');
    expect(new Set(replies.map((r) => r.key)).size).toBe(replies.length);
  });

  it('reads the person\'s messages of a long page in short slices, not all in the task that finds them', async () => {
    const page = longPage(40);
    installVisibility(page.document, () => true);
    const scheduler = new FakeScheduler();
    // Each message read costs 1 ms of the watcher's clock, and we count reads per task.
    let readsThisTask = 0;
    let mostReadsInOneTask = 0;
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      readText: (turn) => {
        if (turn.role === 'user') {
          scheduler.now += 1;
          mostReadsInOneTask = Math.max(mostReadsInOneTask, ++readsThisTask);
        }
        return chatgptAdapter.readText(turn);
      },
    };
    const tasks: Scheduler = {
      setTimeout: (fn, ms) => scheduler.setTimeout(() => ((readsThisTask = 0), fn()), ms),
      clearTimeout: (id) => scheduler.clearTimeout(id),
      requestIdleCallback: (fn, ms) => scheduler.requestIdleCallback((budget) => ((readsThisTask = 0), fn(budget)), ms),
      cancelIdleCallback: (id) => scheduler.cancelIdleCallback(id),
    };
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter, doc: page.document, scheduler: tasks, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();
    await scheduler.advance(20_000);
    const userTurns = chatgptAdapter.findTurns(page.document.body).filter((t) => t.role === 'user').length;
    expect(userTurns).toBeGreaterThan(40);
    // The first scan found them all; the reports' context reads a few more (the latest reply's twelve turns).
    expect(mostReadsInOneTask).toBeLessThanOrEqual(4 + 12);
    expect(mostReadsInOneTask).toBeLessThan(userTurns / 2);
    // Every reply still has its own question as context.
    const asked = replies.filter((r) => r.text.includes('brilliant plan') || r.text.includes('two weak points'));
    expect(asked).toHaveLength(40);
    for (const reply of asked) expect(reply.user).toMatch(/^Question \d+: is my plan good\?$/u);
  });

  it('walks the whole page again only when turns are added, not while a reply streams or finishes', async () => {
    const page = longPage(10);
    installVisibility(page.document, () => true);
    let listReads = 0;
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      findTurns: (root) => {
        if (root === page.document.body) listReads++;
        return chatgptAdapter.findTurns(root);
      },
    };
    const scheduler = new FakeScheduler();
    const replies: ObservedReply[] = [];
    new TurnWatcher({ adapter, doc: page.document, scheduler, now: () => scheduler.now, onReply: (r) => replies.push(r) }).start();
    await scheduler.advance(5_000);
    const before = replies.length;

    page.harness.appendUserTurn('One more question');
    page.harness.startAssistantTurn();
    await scheduler.advance(500);
    const readsOnceStarted = listReads;
    for (let i = 0; i < 10; i++) {
      page.harness.appendChunk(`word${i} `);
      await scheduler.advance(200);
    }
    page.harness.finishAssistantTurn();
    await scheduler.advance(5_000);
    expect(listReads).toBe(readsOnceStarted);
    expect(replies).toHaveLength(before + 1);
    expect(replies[replies.length - 1]?.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7 word8 word9');
  });

  it('reports a finished reply whose page keeps changing something inside it, once its text holds still', async () => {
    const { scheduler, replies, harness, doc } = watch(chatgptAdapter, 'chatgpt/current.html', url);
    await scheduler.advance(5_000);
    const before = replies.length;
    harness.appendUserTurn('And now?');
    harness.startAssistantTurn();
    harness.appendChunk('Here is a calm answer.');
    harness.finishAssistantTurn();
    // A live "n seconds ago" label inside the turn, hidden from the reply text.
    const turns = chatgptAdapter.findTurns(doc.body);
    const clock = doc.createElement('span');
    clock.setAttribute('aria-hidden', 'true');
    (turns[turns.length - 1] as { element: Element }).element.appendChild(clock);
    for (let second = 0; second < 10; second++) {
      clock.textContent = `${second}s ago`;
      await scheduler.advance(300);
    }
    expect(replies).toHaveLength(before + 1);
    expect(replies[replies.length - 1]?.text).toBe('Here is a calm answer.');
  });
});

describe('a long reply', () => {
  const url = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';

  /**
   * Streams a reply of `paragraphs` paragraphs into the ChatGPT fixture and watches it with
   * a clock that moves 1 ms each time the watcher reads it, so a long read runs out of
   * its slice; counts, per task, how often the long reply's text is read.
   */
  function watchLongReply(paragraphs: number, { editWhileReading = false } = {}) {
    fixture = loadStreamableFixture('chatgpt/current.html', url);
    const { harness, document: doc } = fixture;
    installVisibility(doc, () => true);
    const scheduler = new FakeScheduler();
    let ticks = 0;
    let readsThisTask = 0;
    const readsPerTask: number[] = [];
    let longTurn: Element | null = null;
    let edited = false;
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      readText: (turn) => {
        if (turn.element === longTurn) {
          readsThisTask++;
          // Two slices in, the site edits the finished reply under the read.
          if (editWhileReading && !edited && readsPerTask.length === 2) {
            edited = true;
            const late = doc.createElement('p');
            late.textContent = 'A late correction.';
            turn.element.querySelector('.markdown')?.appendChild(late);
          }
        }
        return chatgptAdapter.readText(turn);
      },
    };
    const inTask = (fn: () => void) => () => {
      readsThisTask = 0;
      fn();
      if (readsThisTask > 0) readsPerTask.push(readsThisTask);
    };
    const tasks: Scheduler = {
      setTimeout: (fn, ms) => scheduler.setTimeout(inTask(fn), ms),
      clearTimeout: (id) => scheduler.clearTimeout(id),
      requestIdleCallback: (fn, ms) => scheduler.requestIdleCallback((budget) => inTask(() => fn(budget))(), ms),
      cancelIdleCallback: (id) => scheduler.cancelIdleCallback(id),
    };
    const replies: ObservedReply[] = [];
    const watcher = new TurnWatcher({ adapter, doc, scheduler: tasks, now: () => scheduler.now + ++ticks, onReply: (r) => replies.push(r) });
    return {
      scheduler,
      replies,
      readsPerTask,
      async run() {
        watcher.start();
        await scheduler.advance(3_000);
        harness.appendUserTurn('Please review my whole plan.');
        harness.startAssistantTurn();
        for (let i = 0; i < paragraphs; i++) harness.appendChunk(`Paragraph ${i}: keep a reserve for three months before you commit.\n\n`);
        harness.finishAssistantTurn();
        const turns = chatgptAdapter.findTurns(doc.body);
        longTurn = (turns[turns.length - 1] as { element: Element }).element;
        await scheduler.advance(10_000);
        return { turn: longTurn, edited };
      },
    };
  }

  it('is read over several tasks, one slice each, and reported once with the text of one whole read', async () => {
    const { replies, readsPerTask, run } = watchLongReply(2_000);
    const { turn } = await run();
    const reported = replies.filter((r) => r.text.startsWith('Paragraph 0:'));
    expect(reported).toHaveLength(1);
    expect(reported[0]?.text).toBe(chatgptAdapter.readText({ element: turn, role: 'assistant', key: null }));
    expect(reported[0]?.user).toBe('Please review my whole plan.');
    expect(readsPerTask.length).toBeGreaterThan(3);
    expect(Math.max(...readsPerTask)).toBe(1);
  });

  it('starts the read again when the reply changes under it, and reports the changed text', async () => {
    const { replies, run } = watchLongReply(2_000, { editWhileReading: true });
    const { edited } = await run();
    expect(edited).toBe(true);
    const reported = replies.filter((r) => r.text.startsWith('Paragraph 0:'));
    expect(reported).toHaveLength(1);
    expect(reported[0]?.text.endsWith('A late correction.')).toBe(true);
  });
});

function byDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

describe('a virtual window that slides (DeepSeek late 2026: rows without any key)', () => {
  const url = 'https://chat.deepseek.com/a/chat/s/0b7f2a9e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
  type SlidingHarness = { scrollToRow(index: number): void; rowCount(): number };

  /** Each answer's opening words → the question asked right before it, from the whole conversation. */
  function questionsByAnswer(doc: Document): Map<string, string> {
    const rows = Array.from((doc.getElementById('all-rows') as HTMLTemplateElement).content.children);
    const byAnswer = new Map<string, string>();
    for (let i = 0; i + 1 < rows.length; i += 2) {
      const answer = rows[i + 1]!.querySelector('.ds-assistant-message-main-content')!.textContent!.slice(0, 40);
      byAnswer.set(answer, rows[i]!.textContent!.trim());
    }
    return byAnswer;
  }

  it('reports every reply exactly once, with its own question, however the window slides', async () => {
    const remounted: string[] = [];
    const { scheduler, replies, doc, harness } = watch(deepseekAdapter, 'deepseek/late-2026.html', url, undefined, {
      onReplyRemounted: (key) => remounted.push(key),
    });
    const sliding = harness as unknown as SlidingHarness;
    await scheduler.advance(5_000);
    const expected = questionsByAnswer(doc);
    for (const first of [6, 4, 2, 0, 1, 3, 5, 6, 0, 6]) {
      sliding.scrollToRow(first);
      await scheduler.advance(3_000);
    }
    expect(replies).toHaveLength(expected.size);
    expect(new Set(replies.map((r) => r.key)).size).toBe(expected.size);
    for (const reply of replies) {
      const question = [...expected].find(([answer]) => reply.text.startsWith(answer))?.[1];
      expect(question, reply.text).toBeDefined();
      expect(reply.user).toBe(question);
    }
    // Replies that came back into view were recognised, not reported again.
    expect(remounted.length).toBeGreaterThan(0);
    expect(remounted.every((key) => replies.some((r) => r.key === key))).toBe(true);
  });

  it('keys a reply the same whether or not its question is mounted above it', async () => {
    const { scheduler, replies, harness } = watch(deepseekAdapter, 'deepseek/late-2026.html', url);
    const sliding = harness as unknown as SlidingHarness;
    await scheduler.advance(5_000);
    // Row 1 is an answer whose question (row 0) is out of view when the window starts at 1.
    sliding.scrollToRow(0);
    await scheduler.advance(3_000);
    const count = replies.length;
    sliding.scrollToRow(1);
    await scheduler.advance(3_000);
    sliding.scrollToRow(0);
    await scheduler.advance(3_000);
    expect(replies).toHaveLength(count);
  });
});

/**
 * A virtual list that slides, done by the test on any fixture: only `size` rows are mounted,
 * as fresh elements (clones, as a virtualised list re-creates them), where the page's rows
 * were. Returns the number of rows and a function that mounts rows [first, first + size).
 */
function virtualWindow(doc: Document, rowSelector: string): { rowCount: number; slide(first: number, size: number): void } {
  const rows = Array.from(doc.querySelectorAll(rowSelector));
  const last = rows.at(-1)!;
  const parent = last.parentElement!;
  const marker = doc.createComment('window end');
  parent.insertBefore(marker, last.nextSibling);
  const templates = rows.map((row) => row.cloneNode(true) as Element);
  return {
    rowCount: rows.length,
    slide(first, size) {
      for (const mounted of Array.from(doc.querySelectorAll(rowSelector))) if (mounted.parentElement === parent) mounted.remove();
      for (const template of templates.slice(first, first + size)) parent.insertBefore(template.cloneNode(true), marker);
    },
  };
}

// Every virtualised site (survey-2026: Claude, DeepSeek, ChatGPT's new layout), one table.
describe.each([
  ['claude late-2026', 'claude', 'claude/late-2026.html', '[data-testid="transcript-row"]'],
  ['chatgpt late-2026', 'chatgpt', 'chatgpt/late-2026.html', '[data-turn-key]'],
  ['chatgpt late-2026 (one turn key per message)', 'chatgpt', 'chatgpt/late-2026-split.html', '[data-turn-key]'],
  ['deepseek late-2026', 'deepseek', 'deepseek/late-2026.html', '.ds-virtual-list-visible-items > *'],
] as const)('a sliding virtual window (%s)', (_name, site, path, rowSelector) => {
  const url = SITE_FIXTURES.find((f) => f.file === path)!.url;
  const adapter = adapterById(site)!;

  it('reports each reply once, with its own question, wherever and however often it is mounted again', async () => {
    const remounted: string[] = [];
    const { scheduler, replies, doc } = watch(adapter, path, url, undefined, { onReplyRemounted: (key) => remounted.push(key) });
    await scheduler.advance(5_000);
    const questionByReply = new Map<string, string | undefined>(replies.map((r) => [r.text, r.user]));
    const reported = replies.length;
    expect(reported).toBeGreaterThan(1);

    const window = virtualWindow(doc, rowSelector);
    // Windows of three rows: a reply is sometimes mounted without its question above it.
    for (const first of [window.rowCount - 3, 0, 1, 2, 0, window.rowCount - 3, 1]) {
      window.slide(Math.max(0, first), 3);
      await scheduler.advance(3_000);
    }
    expect(replies).toHaveLength(reported);
    expect(new Set(replies.map((r) => r.key)).size).toBe(reported);
    for (const reply of replies) expect(reply.user).toBe(questionByReply.get(reply.text));
    expect(remounted.length).toBeGreaterThan(0);
    expect(remounted.every((key) => replies.some((r) => r.key === key))).toBe(true);
  });
});

describe('ChatGPT 2026-09 exchanges remounted with their fallback-turn-N renumbered', () => {
  it('reports each reply once: the keys follow data-turn-key, not the per-window unit keys', async () => {
    const { scheduler, replies, doc } = watch(chatgptAdapter, 'chatgpt/late-2026.html', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    await scheduler.advance(5_000);
    const reported = replies.length;
    expect(reported).toBe(3);
    for (const shift of [2, 5, 1]) {
      for (const exchange of Array.from(doc.querySelectorAll('[data-turn-key]'))) {
        // The list mounts the exchange anew, numbered for the new window.
        const copy = exchange.cloneNode(true) as Element;
        for (const element of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
          for (const name of ['data-content-search-turn-key', 'data-chatgpt-search-unit-key', 'data-content-search-unit-key']) {
            const value = element.getAttribute(name);
            if (value) element.setAttribute(name, value.replace(/fallback-turn-(\d+)/u, (_all, n: string) => `fallback-turn-${Number(n) + shift}`));
          }
        }
        exchange.replaceWith(copy);
      }
      await scheduler.advance(3_000);
    }
    expect(replies).toHaveLength(reported);
  });
});

describe('a finish signal that never comes', () => {
  it('checks a reply whose text holds still while the page still looks busy, and says so', async () => {
    const counts: WatcherCounts[] = [];
    const { scheduler, replies, harness } = watch(
      chatgptAdapter,
      'chatgpt/late-2026.html',
      'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777',
      undefined,
      { onCounts: (c) => counts.push(c) },
    );
    await scheduler.advance(5_000);
    const before = replies.length;
    expect(replies.every((r) => r.finishedBy === 'signal')).toBe(true);
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan! You should absolutely go for it.');
    // The site never sets its end markers: nothing for a while, then checked once.
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(before);
    await scheduler.advance(10_000);
    expect(replies).toHaveLength(before + 1);
    expect(replies.at(-1)?.finishedBy).toBe('fallback');
    expect(counts.at(-1)).toMatchObject({ repliesFinished: before, repliesByFallback: 1 });
    await scheduler.advance(30_000);
    expect(replies).toHaveLength(before + 1);
  });

  it('checks a ChatGPT reply once when in_progress sticks after its other end markers came (2026-10-07)', async () => {
    const { scheduler, replies, harness, doc } = watch(chatgptAdapter, 'chatgpt/late-2026.html', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    await scheduler.advance(5_000);
    const before = replies.length;
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan! You should absolutely go for it.');
    harness.finishAssistantTurn();
    // A stop the server confirmed, or a failed resume: the exchange stays in_progress.
    const states = doc.querySelectorAll('[data-talvt-turn-state]');
    states[states.length - 1]!.setAttribute('data-talvt-turn-state', 'in_progress');
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(before);
    await scheduler.advance(10_000);
    expect(replies).toHaveLength(before + 1);
    expect(replies.at(-1)?.finishedBy).toBe('fallback');
    expect(replies.at(-1)?.text).toBe('What a brilliant plan! You should absolutely go for it.');
    await scheduler.advance(30_000);
    expect(replies).toHaveLength(before + 1);
  });

  // After the person presses Stop, ChatGPT's 2026-09 layout gives no end marker of its own:
  // the exchange can stay data-talvt-turn-state="in_progress" with the Stop control gone
  // (KobaProduction/browser-extensions CHATGPT_CLIENT_RESEARCH.md and CHATGPT_RUNTIME_CONTRACTS.md,
  // live 2026-10-07: "a server-confirmed stop while the rendered turn still remained in_progress"),
  // and a bridge written for the 2026-09-25 DOM ignores data-markdown-animated once the text has
  // not changed for a while "so a stuck attribute can not block a tab" (code index 71378632169).
  // Whether the keyed unit or the message id ever appears after a stop is not recorded anywhere
  // we found, so each row leaves them out: the reply is checked once, by the stable-text fallback.
  const STOPPED: ReadonlyArray<{ layout: string; file: string; after?: (doc: Document) => void }> = [
    { layout: 'exchange units (late-2026.html): in_progress and the animated body stay', file: 'chatgpt/late-2026.html' },
    { layout: 'agent block before any unit (observed-2026-09.html): the animated body stays', file: 'chatgpt/observed-2026-09.html' },
    {
      layout: 'agent block, animation marker dropped but no unit or message id (observed-2026-09.html)',
      file: 'chatgpt/observed-2026-09.html',
      after: (doc) => doc.querySelectorAll('[data-markdown-animated]').forEach((node) => node.removeAttribute('data-markdown-animated')),
    },
  ];

  it.each(STOPPED)('checks a reply stopped mid-stream once it stops changing: $layout', async ({ file, after }) => {
    const { scheduler, replies, harness, doc } = watch(chatgptAdapter, file, 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    await scheduler.advance(5_000);
    const before = replies.length;
    harness.appendUserTurn('Should I put all my savings into one coin?');
    harness.startAssistantTurn();
    harness.appendChunk('What a brilliant plan! You should absolutely');
    await scheduler.advance(1_000);
    // Stop: no further text, no end marker.
    after?.(doc);
    await scheduler.advance(5_000);
    expect(replies).toHaveLength(before);
    await scheduler.advance(10_000);
    expect(replies).toHaveLength(before + 1);
    expect(replies.at(-1)?.text).toBe('What a brilliant plan! You should absolutely');
    await scheduler.advance(30_000);
    expect(replies).toHaveLength(before + 1);
  });

  it('does not take the fallback while the text keeps growing', async () => {
    const { scheduler, replies, harness } = watch(chatgptAdapter, 'chatgpt/late-2026.html', 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777');
    await scheduler.advance(5_000);
    const before = replies.length;
    harness.appendUserTurn('Tell me a long story.');
    harness.startAssistantTurn();
    for (let i = 0; i < 30; i++) {
      harness.appendChunk(`Sentence ${i}. `);
      await scheduler.advance(1_000);
    }
    expect(replies).toHaveLength(before);
  });
});

describe('turns added at the end, read from the added nodes alone (SiteAdapter.turnsAround)', () => {
  const url = 'https://chatgpt.com/c/6790aa11-2222-4333-8444-555566667777';
  const CHATGPT_STREAMED = SITE_FIXTURES.filter((f) => f.site === 'chatgpt').map((f) => f.file);

  /** The ChatGPT adapter, counting its whole-page reads; `local: false` takes turnsAround away. */
  function counted(doc: Document, local: boolean, turnsAround = chatgptAdapter.turnsAround) {
    const reads = { whole: 0, local: 0 };
    const adapter: SiteAdapter = {
      ...chatgptAdapter,
      findTurns: (root) => {
        if (root === doc.body) reads.whole++;
        return chatgptAdapter.findTurns(root);
      },
      turnsAround: local
        ? (node, last) => {
            reads.local++;
            return turnsAround!(node, last);
          }
        : undefined,
    };
    return { adapter, reads };
  }

  /** Streams `count` exchanges the way the bench does: question and reply start together, then word by word. */
  async function streamExchanges(harness: StreamableFixture['harness'], scheduler: FakeScheduler, count: number, from = 0) {
    for (let i = from; i < from + count; i++) {
      harness.appendUserTurn(`Question ${i}: is my plan good?`);
      harness.startAssistantTurn();
      for (const word of (i % 2 === 0 ? 'What a brilliant plan, you are clearly a visionary!' : 'It has two weak points: cost and timing.').split(' ')) {
        harness.appendChunk(`${word} `);
        await scheduler.advance(40);
      }
      harness.finishAssistantTurn();
      await scheduler.advance(2_000);
    }
  }

  function watchCounted(file: string, local: boolean, turnsAround = chatgptAdapter.turnsAround) {
    let reads = { whole: 0, local: 0 };
    const watched = watch(
      (doc) => {
        const made = counted(doc, local, turnsAround);
        reads = made.reads;
        return made.adapter;
      },
      file,
      url,
    );
    return { ...watched, reads };
  }

  it.each(CHATGPT_STREAMED)('never walks the whole page for a streamed exchange, and reports each reply once with its question (%s)', async (file) => {
    const { scheduler, replies, reads, harness } = watchCounted(file, true);
    await scheduler.advance(5_000);
    const before = replies.length;
    const wholeReadsAtLoad = reads.whole;
    await streamExchanges(harness, scheduler, 3);
    expect(reads.whole).toBe(wholeReadsAtLoad);
    expect(reads.local).toBeGreaterThan(0);
    expect(replies.slice(before).map((r) => [r.user, r.text.trim()])).toEqual([
      ['Question 0: is my plan good?', 'What a brilliant plan, you are clearly a visionary!'],
      ['Question 1: is my plan good?', 'It has two weak points: cost and timing.'],
      ['Question 2: is my plan good?', 'What a brilliant plan, you are clearly a visionary!'],
    ]);
  });

  it.each(CHATGPT_STREAMED)('reports the same replies, keys and context as whole-page reads do (%s)', async (file) => {
    // Two watchers on one page, one with the local read and one without.
    const { scheduler, replies: local, harness, doc } = watchCounted(file, true);
    const { adapter } = counted(doc, false);
    const whole: ObservedReply[] = [];
    new TurnWatcher({ adapter, doc, scheduler, now: () => scheduler.now, onReply: (r) => whole.push(r) }).start();
    await scheduler.advance(5_000);
    await streamExchanges(harness, scheduler, 4);
    const shape = (replies: ObservedReply[]) => replies.map((r) => ({ key: r.key, text: r.text, user: r.user, history: r.history }));
    expect(shape(local)).toEqual(shape(whole));
    expect(local.length).toBeGreaterThan(4);
  });

  it('finds a turn the local read missed with a whole-page read in idle time, once the turns held still', async () => {
    let missed: Element | null = null;
    // A local read that misses the first exchange streamed (as a site re-rendering in a way it cannot see would).
    const lying: SiteAdapter['turnsAround'] = (node, last) => {
      const found = chatgptAdapter.turnsAround!(node, last);
      if (!found) return found;
      missed ??= found.turns.find((turn) => turn.role === 'assistant')?.element ?? null;
      return missed && found.scope.contains(missed) ? { scope: found.scope, turns: found.turns.filter((t) => t.element !== missed) } : found;
    };
    const { scheduler, replies, reads, harness } = watchCounted('chatgpt/current.html', true, lying);
    await scheduler.advance(5_000);
    const before = replies.length;
    const wholeReadsAtLoad = reads.whole;
    await streamExchanges(harness, scheduler, 1);
    expect(replies).toHaveLength(before);
    // Within the reconcile interval, nothing reads the whole page.
    await streamExchanges(harness, scheduler, 1, 1);
    expect(reads.whole).toBe(wholeReadsAtLoad);
    expect(replies).toHaveLength(before + 1);
    await scheduler.advance(30_000);
    // An idle page runs nothing: the check waits for the page to change again.
    expect(reads.whole).toBe(wholeReadsAtLoad);
    await streamExchanges(harness, scheduler, 1, 2);
    await scheduler.advance(5_000);
    expect(reads.whole).toBe(wholeReadsAtLoad + 1);
    expect(replies.slice(before).map((r) => r.user)).toEqual(['Question 1: is my plan good?', 'Question 2: is my plan good?', 'Question 0: is my plan good?']);
    expect(scheduler.pending).toBe(0);
  });

  it('reads the whole page when a known turn is removed, or a turn appears above the last one', async () => {
    const { scheduler, replies, reads, doc } = watchCounted('chatgpt/current.html', true);
    await scheduler.advance(5_000);
    const count = replies.length;
    let whole = reads.whole;
    const turns = chatgptAdapter.findTurns(doc.body);
    // A new exchange mounted above the others (a virtual list scrolled up).
    const first = turns[0]!.element;
    const question = turns.find((t) => t.role === 'user')!.element.cloneNode(true) as Element;
    const answer = turns.find((t) => t.role === 'assistant')!.element.cloneNode(true) as Element;
    question.setAttribute('data-turn-id', 'above-user');
    question.querySelector('[data-message-id]')?.setAttribute('data-message-id', 'above-user-message');
    answer.setAttribute('data-turn-id', 'above-assistant');
    answer.querySelector('[data-message-id]')?.setAttribute('data-message-id', 'above-assistant-message');
    answer.querySelector('.markdown')!.textContent = 'An older answer, mounted above.';
    first.before(question, answer);
    await scheduler.advance(5_000);
    expect(reads.whole).toBe(whole + 1);
    expect(replies).toHaveLength(count + 1);
    expect(replies.at(-1)?.text).toBe('An older answer, mounted above.');
    whole = reads.whole;
    // The last reply removed.
    turns.at(-1)!.element.remove();
    await scheduler.advance(5_000);
    expect(reads.whole).toBe(whole + 1);
  });
});
