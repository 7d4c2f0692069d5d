/*
 * Candor demo chat: replays demo/conversations.json in a replica of ChatGPT's DOM
 * (demo/chat.html), the way the real site does it: user turns appear at once, assistant
 * replies stream a few words at a time while the composer button is the stop button, and
 * a finished reply gets its "Response actions" bar (copy-turn-action-button). Switching
 * conversations is an SPA navigation (history.pushState to /c/<id>).
 *
 * No framework and no HTML parsing: every node is built with createElement/textContent.
 *
 * Query: ?autoplay=all (play every conversation in turn), ?autoplay=none, ?autoplay=<id>;
 * default: play the conversation in the path (/c/<id>), else the first one.
 * window.__demo: { ready, conversations, play(id), playAll(), stop(), done } for launchers
 * and tests (scripts/start.ts, tests/e2e/demo.spec.ts).
 */
(function () {
  'use strict';

  /** Words per streamed chunk and the delay between chunks (ms). */
  const CHUNK_WORDS = 3;
  const CHUNK_MS = 25;
  /** Between a user turn and the first chunk of the reply ("thinking"). */
  const THINK_MS = 400;
  /** After a finished reply, before the next user turn of the same conversation. */
  const BETWEEN_EXCHANGES_MS = 900;
  /** playAll: pause between conversations, so there is time to read the warnings. */
  const BETWEEN_CONVERSATIONS_MS = 4000;
  const CONVERSATIONS_URL = '/demo/conversations.json';
  const NO_MODEL_REPLY =
    'This demo page has no model behind it, so it cannot answer new messages. ' +
    'Pick a conversation on the left to replay it, or use the Play all button.';

  const turnsRoot = document.getElementById('demo-turns');
  const scrollRoot = document.querySelector('[data-scroll-root]');
  const submit = document.getElementById('composer-submit-button');
  const composer = document.getElementById('prompt-textarea');
  const form = document.getElementById('demo-composer');
  const list = document.getElementById('demo-conversations');
  const playAllButton = document.getElementById('demo-play-all');

  /** @type {{id: string, title: string, expect: string, turns: {role: string, text: string}[]}[]} */
  let conversations = [];
  const byId = new Map();
  /** Incremented by every new playback; an older playback stops at its next step. */
  let token = 0;
  /** The playback in progress: { token, stopped }. */
  let current = null;
  let done = Promise.resolve();

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    if (attrs) for (const name of Object.keys(attrs)) node.setAttribute(name, attrs[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function newId() {
    if (crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    return 'id-' + Math.random().toString(16).slice(2) + Date.now().toString(16);
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  function scrollToBottom() {
    scrollRoot.scrollTop = scrollRoot.scrollHeight;
  }

  function setStreaming(streaming) {
    // One element, two roles: the site swaps its data-testid (chat-sites.md §2.1).
    submit.setAttribute('data-testid', streaming ? 'stop-button' : 'send-button');
    submit.setAttribute('aria-label', streaming ? 'Stop streaming' : 'Send prompt');
  }

  // ---------------------------------------------------------------- text model
  // Markdown-lite: blank line = paragraph, "- " lines = list, ``` fences = code, **bold**, `code`.

  function parseInline(text) {
    const segments = [];
    let kind = 'text';
    let buffer = '';
    let i = 0;
    while (i < text.length) {
      if (kind !== 'code' && text.startsWith('**', i)) {
        if (buffer) segments.push({ kind, text: buffer });
        buffer = '';
        kind = kind === 'strong' ? 'text' : 'strong';
        i += 2;
      } else if (kind !== 'strong' && text[i] === '`') {
        if (buffer) segments.push({ kind, text: buffer });
        buffer = '';
        kind = kind === 'code' ? 'text' : 'code';
        i += 1;
      } else {
        buffer += text[i];
        i += 1;
      }
    }
    if (buffer) segments.push({ kind, text: buffer });
    return segments;
  }

  function parseBlocks(text) {
    const blocks = [];
    const lines = text.split('\n');
    let paragraph = [];
    let items = null;
    const flush = () => {
      if (paragraph.length) blocks.push({ type: 'p', segments: parseInline(paragraph.join(' ')) });
      if (items) blocks.push({ type: 'ul', items: items.map(parseInline) });
      paragraph = [];
      items = null;
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.startsWith('```')) {
        flush();
        const code = [];
        let j = i + 1;
        while (j < lines.length && !lines[j].startsWith('```')) code.push(lines[j++]);
        blocks.push({ type: 'code', lang: line.slice(3).trim(), lines: code });
        i = j;
      } else if (line.startsWith('- ')) {
        if (paragraph.length) flush();
        (items = items || []).push(line.slice(2));
      } else if (line.trim() === '') {
        flush();
      } else {
        if (items) flush();
        paragraph.push(line);
      }
    }
    flush();
    return blocks;
  }

  function words(text) {
    const parts = text.split(' ');
    return parts.map((word, i) => (i < parts.length - 1 ? word + ' ' : word)).filter((w) => w !== '');
  }

  // ---------------------------------------------------------------- turns

  function turnCount() {
    return turnsRoot.querySelectorAll('[data-testid^="conversation-turn-"]').length;
  }

  function turnSection(role) {
    const id = newId();
    const section = el('section', {
      class: 'text-token-text-primary w-full focus:outline-none',
      dir: 'auto',
      'data-turn-id': id,
      'data-turn-id-container': id,
      'data-testid': 'conversation-turn-' + (turnCount() + 1),
      'data-scroll-anchor': 'false',
      'data-turn': role,
    });
    section.appendChild(el('h4', { class: 'sr-only select-none' }, role === 'user' ? 'You said:' : 'ChatGPT said:'));
    const outer = el('div', { class: 'text-base my-auto mx-auto px-(--thread-content-margin)' });
    const column = el('div', {
      class: 'mx-auto flex-1 group/turn-messages relative flex w-full min-w-0 flex-col' + (role === 'assistant' ? ' agent-turn' : ''),
    });
    const messages = el('div', { class: 'flex max-w-full flex-col gap-4 grow' });
    column.appendChild(messages);
    outer.appendChild(column);
    section.appendChild(outer);
    for (const anchor of turnsRoot.querySelectorAll('[data-scroll-anchor="true"]')) anchor.setAttribute('data-scroll-anchor', 'false');
    section.setAttribute('data-scroll-anchor', 'true');
    turnsRoot.appendChild(section);
    return { id, section, column, messages };
  }

  function copyButton(label, getText) {
    const button = el('button', { type: 'button', 'aria-label': label, 'data-testid': 'copy-turn-action-button', 'data-state': 'closed' }, 'Copy');
    button.addEventListener('click', () => {
      if (navigator.clipboard) navigator.clipboard.writeText(getText()).catch(() => {});
    });
    return button;
  }

  function appendUserTurn(text) {
    const turn = turnSection('user');
    const message = el('div', {
      'data-message-author-role': 'user',
      'data-message-id': turn.id,
      dir: 'auto',
      class: 'min-h-8 text-message relative flex w-full flex-col items-end',
    });
    const bubble = el('div', { class: 'user-message-bubble-color relative' });
    bubble.appendChild(el('div', { class: 'whitespace-pre-wrap' }, text));
    message.appendChild(bubble);
    turn.messages.appendChild(message);
    const bar = el('div', { class: 'z-0 flex justify-end' });
    const group = el('div', { 'aria-label': 'Your message actions', role: 'group', class: 'flex flex-wrap items-center' });
    group.appendChild(copyButton('Copy message', () => text));
    bar.appendChild(group);
    turn.column.appendChild(bar);
    scrollToBottom();
  }

  function startAssistantTurn() {
    const turn = turnSection('assistant');
    const message = el('div', {
      'data-message-author-role': 'assistant',
      'data-message-id': newId(),
      'data-message-model-slug': 'gpt-5-3',
      dir: 'auto',
      class: 'min-h-8 text-message relative flex w-full flex-col',
    });
    const markdown = el('div', { class: 'markdown prose dark:prose-invert w-full wrap-break-word light markdown-new-styling' });
    message.appendChild(markdown);
    turn.messages.appendChild(message);
    scrollToBottom();
    return { column: turn.column, markdown };
  }

  function finishAssistantTurn(turn) {
    const bar = el('div', { class: 'z-0 flex min-h-[46px] justify-start' });
    const group = el('div', { 'aria-label': 'Response actions', role: 'group', class: 'flex flex-wrap items-center' });
    group.appendChild(copyButton('Copy response', () => turn.markdown.textContent || ''));
    group.appendChild(el('button', { type: 'button', 'aria-label': 'Good response', 'aria-pressed': 'false', 'data-testid': 'good-response-turn-action-button' }, 'Good'));
    group.appendChild(el('button', { type: 'button', 'aria-label': 'Bad response', 'aria-pressed': 'false', 'data-testid': 'bad-response-turn-action-button' }, 'Bad'));
    bar.appendChild(group);
    turn.column.appendChild(bar);
  }

  // ---------------------------------------------------------------- streaming

  function live(playback) {
    return playback.token === token && !playback.stopped;
  }

  async function streamInto(parent, segments, playback) {
    for (const segment of segments) {
      const target = segment.kind === 'text' ? parent : parent.appendChild(el(segment.kind === 'strong' ? 'strong' : 'code'));
      const node = target.appendChild(document.createTextNode(''));
      const chunks = words(segment.text);
      for (let i = 0; i < chunks.length; i += CHUNK_WORDS) {
        if (!live(playback)) return;
        node.appendData(chunks.slice(i, i + CHUNK_WORDS).join(''));
        scrollToBottom();
        await sleep(CHUNK_MS);
      }
    }
  }

  async function streamReply(markdown, text, playback) {
    for (const block of parseBlocks(text)) {
      if (!live(playback)) return;
      if (block.type === 'p') {
        await streamInto(markdown.appendChild(el('p')), block.segments, playback);
      } else if (block.type === 'ul') {
        const ul = markdown.appendChild(el('ul'));
        for (const item of block.items) {
          if (!live(playback)) return;
          await streamInto(ul.appendChild(el('li')), item, playback);
        }
      } else {
        const pre = markdown.appendChild(el('pre'));
        if (block.lang) pre.appendChild(el('div', { class: 'demo-code-lang' }, block.lang));
        const code = pre.appendChild(el('code', block.lang ? { class: 'language-' + block.lang } : undefined));
        for (const line of block.lines) {
          if (!live(playback)) return;
          code.appendChild(document.createTextNode(line + '\n'));
          scrollToBottom();
          await sleep(CHUNK_MS);
        }
      }
    }
  }

  /** Plays turns into the current thread. Resolves when done, stopped or superseded. */
  async function playTurns(turns, playback) {
    for (let i = 0; i < turns.length; i++) {
      const turn = turns[i];
      if (!live(playback)) return;
      if (turn.role === 'user') {
        if (i > 0) await sleep(BETWEEN_EXCHANGES_MS);
        if (!live(playback)) return;
        appendUserTurn(turn.text);
        continue;
      }
      setStreaming(true);
      const reply = startAssistantTurn();
      await sleep(THINK_MS);
      await streamReply(reply.markdown, turn.text, playback);
      // Superseded by another playback: the thread was cleared, leave the composer to it.
      if (playback.token !== token) return;
      // Finished or stopped with the stop button: either way the site adds the action bar.
      finishAssistantTurn(reply);
      setStreaming(false);
      scrollToBottom();
    }
  }

  function beginPlayback() {
    token += 1;
    current = { token, stopped: false };
    setStreaming(false);
    return current;
  }

  // ---------------------------------------------------------------- navigation

  function idFromPath(pathname) {
    const match = /^\/c\/([\w-]+)\/?$/.exec(pathname);
    return match && byId.has(match[1]) ? match[1] : null;
  }

  function navigate(id, replace) {
    const path = '/c/' + id;
    if (location.pathname === path && !location.search) return;
    if (replace) history.replaceState({ id }, '', path);
    else history.pushState({ id }, '', path);
  }

  function markActive(id) {
    for (const link of list.querySelectorAll('a[data-conversation-id]')) {
      if (link.getAttribute('data-conversation-id') === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const conversation = byId.get(id);
    document.title = conversation ? conversation.title + ' · ChatGPT · Candor demo' : 'ChatGPT · Candor demo';
  }

  function showEmpty(message) {
    turnsRoot.replaceChildren(el('p', { class: 'demo-empty' }, message));
  }

  /** Show a conversation at once, already finished (back/forward, ?autoplay=none). */
  function show(id) {
    beginPlayback();
    markActive(id);
    turnsRoot.replaceChildren();
    const conversation = byId.get(id);
    if (!conversation) return showEmpty('Pick a conversation on the left.');
    for (const turn of conversation.turns) {
      if (turn.role === 'user') {
        appendUserTurn(turn.text);
      } else {
        const reply = startAssistantTurn();
        for (const block of parseBlocks(turn.text)) renderBlock(reply.markdown, block);
        finishAssistantTurn(reply);
      }
    }
    scrollToBottom();
  }

  function renderBlock(markdown, block) {
    const renderSegments = (parent, segments) => {
      for (const s of segments) parent.appendChild(s.kind === 'text' ? document.createTextNode(s.text) : el(s.kind === 'strong' ? 'strong' : 'code', undefined, s.text));
    };
    if (block.type === 'p') renderSegments(markdown.appendChild(el('p')), block.segments);
    else if (block.type === 'ul') {
      const ul = markdown.appendChild(el('ul'));
      for (const item of block.items) renderSegments(ul.appendChild(el('li')), item);
    } else {
      const pre = markdown.appendChild(el('pre'));
      if (block.lang) pre.appendChild(el('div', { class: 'demo-code-lang' }, block.lang));
      pre.appendChild(el('code', block.lang ? { class: 'language-' + block.lang } : undefined, block.lines.join('\n') + '\n'));
    }
  }

  // ---------------------------------------------------------------- public API

  /** Switch to conversation `id` (SPA navigation) and stream it from the start. */
  function startConversation(id, options) {
    const conversation = byId.get(id);
    if (!conversation) return { playback: null, finished: Promise.reject(new Error('Unknown demo conversation: ' + id)) };
    const playback = beginPlayback();
    navigate(id, Boolean(options && options.replace));
    markActive(id);
    turnsRoot.replaceChildren();
    const finished = playTurns(conversation.turns, playback).then(() => {
      if (current === playback) current = null;
    });
    return { playback, finished };
  }

  function play(id, options) {
    done = startConversation(id, options).finished;
    return done;
  }

  /** Every conversation in order, with a pause between them; stops if the user takes over. */
  function playAll(options) {
    done = (async () => {
      for (let i = 0; i < conversations.length; i++) {
        const { playback, finished } = startConversation(conversations[i].id, i === 0 ? options : undefined);
        await finished;
        // The stop button, a click on a conversation or Send: let the user drive.
        if (playback.stopped || playback.token !== token) return;
        if (i === conversations.length - 1) return;
        await sleep(BETWEEN_CONVERSATIONS_MS);
        if (playback.token !== token) return;
      }
    })();
    return done;
  }

  /** The stop button: end the reply in progress (it keeps what has streamed). */
  function stop() {
    if (current) current.stopped = true;
  }

  function sendFromComposer() {
    const text = (composer.textContent || '').trim();
    composer.replaceChildren();
    if (!text) return;
    const playback = beginPlayback();
    if (turnsRoot.querySelector('.demo-empty')) turnsRoot.replaceChildren();
    done = playTurns(
      [
        { role: 'user', text },
        { role: 'assistant', text: NO_MODEL_REPLY },
      ],
      playback,
    );
  }

  const ready = fetch(CONVERSATIONS_URL)
    .then((response) => {
      if (!response.ok) throw new Error(CONVERSATIONS_URL + ': HTTP ' + response.status);
      return response.json();
    })
    .then((data) => {
      conversations = data.conversations;
      for (const conversation of conversations) {
        byId.set(conversation.id, conversation);
        const link = el('a', { href: '/c/' + conversation.id, 'data-conversation-id': conversation.id });
        link.appendChild(el('span', { class: 'demo-title' }, conversation.title));
        link.appendChild(el('span', { class: 'demo-expect' }, conversation.expect === 'warn' ? 'Candor should warn' : 'Candor should stay quiet'));
        link.addEventListener('click', (event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          play(conversation.id);
        });
        list.appendChild(el('li')).appendChild(link);
      }
      return conversations.map((conversation) => conversation.id);
    });

  playAllButton.addEventListener('click', () => {
    ready.then(() => playAll());
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.getAttribute('data-testid') === 'stop-button') stop();
    else sendFromComposer();
  });

  composer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  window.addEventListener('popstate', () => {
    const id = idFromPath(location.pathname);
    if (id) show(id);
    else {
      beginPlayback();
      markActive(null);
      showEmpty('Pick a conversation on the left.');
    }
  });

  window.__demo = {
    ready,
    get conversations() {
      return conversations.map(({ id, title, expect, turns }) => ({
        id,
        title,
        expect,
        replies: turns.filter((turn) => turn.role === 'assistant').map((turn) => turn.expect || expect),
      }));
    },
    play: (id) => ready.then(() => play(id)),
    playAll: () => ready.then(() => playAll()),
    stop,
    /** The playback in progress (or the last one): resolves when it has finished. */
    get done() {
      return done;
    },
    get streaming() {
      return submit.getAttribute('data-testid') === 'stop-button';
    },
  };

  done = ready.then(
    () => {
      const autoplay = new URLSearchParams(location.search).get('autoplay');
      const fromPath = idFromPath(location.pathname);
      if (autoplay === 'none') {
        if (fromPath) show(fromPath);
        else showEmpty('Pick a conversation on the left.');
        return undefined;
      }
      if (autoplay === 'all') return playAll({ replace: true });
      const first = byId.has(autoplay) ? autoplay : (fromPath ?? conversations[0].id);
      return play(first, { replace: true });
    },
    (error) => {
      showEmpty('Could not load the demo conversations: ' + error.message);
      throw error;
    },
  );
})();
