/**
 * Every site's ranked selectors, in one table: newest markup first, each entry dated and
 * with its evidence. The adapters (src/sites/<site>.ts) hold the reading logic; what they
 * look for is here, so a layout fix is a data-only change reviewed in minutes.
 *
 * Evidence abbreviations:
 * - "survey-2026 §X": ../shared/design/chat-sites-2026.md (late-2026 survey), site X.
 * - "chat-sites §N": ../shared/design/chat-sites.md (early-2026 survey).
 * - "code search 2026-12-04": the string checked in public code with the find_string
 *   tool on that date (the hits name no project; the survey names the projects:
 *   sho7650/obsidian-AI-exporter, robertpiosik/CodeWebChat, revivalstack/ai-chat-exporter,
 *   Nagi-ovo/gemini-voyager, urzeye/ophel, agarwalvishal/claude-chat-exporter).
 *
 * Both layout generations stay side by side: a rollback or a partial rollout is a
 * non-event. The table is validated against SelectorTableSchema by
 * tests/unit/sites/selector-table.test.ts (which also parses every selector), not when a
 * page loads it: the table is constant source, and the page's script carries no zod.
 */
import type { SelectorEntry, SelectorListName, SelectorTable } from './selector-schema';
import type { SiteId } from './types';

const TABLE: SelectorTable = {
  chatgpt: {
    reviewed: '2026-12',
    lists: {
      turn: [
        { css: '[data-turn-key]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT (2026-09 layout); code search 2026-12-04 "data-turn-key"; sho7650/obsidian-AI-exporter@b60e88c8 docs/investigation/chatgpt-dom-2026-09.md (live 2026-09-26): one exchange, both roles, key stable across remounts' },
        { css: '[data-turn-id][data-turn], [data-testid^="conversation-turn-"]', generation: 'early-2026', since: '2026-03', evidence: 'chat-sites §2.1; revivalstack reference-html-dom chatgpt-dom-*.html' },
        { css: '[data-message-author-role]', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.1 (SirTensor turnContainerFallback)', lastResort: true },
      ],
      userTurn: [
        { css: '[data-chatgpt-search-unit-key$=":user"], [data-content-search-unit-key$=":user"]', generation: 'late-2026', since: '2026-09', evidence: 'code search 2026-12-05 "data-chatgpt-search-unit-key": exporters read "<turn>:<n>:user" units, "a turn now contains both roles" (2026-09-25 and 2026-10-05 captures)' },
      ],
      assistantTurn: [
        { css: '[data-chatgpt-search-unit-key$=":assistant"], [data-content-search-unit-key$=":assistant"]', generation: 'late-2026', since: '2026-09', evidence: 'code search 2026-12-05 "data-chatgpt-search-unit-key": "<turn>:<n>:assistant" units inside the [data-turn-key] that also holds the user unit' },
      ],
      userBody: [
        { css: '[data-user-message-bubble]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT; code search 2026-12-04 "data-user-message-bubble"' },
        { css: '[data-markdown-text-tone="user-message"]', generation: 'late-2026', since: '2026-09', evidence: 'code search 2026-12-05: exporters\' USER_TEXT_SELECTOR lists it beside the search-unit keys' },
        { css: '.whitespace-pre-wrap', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.1 (sho7650 userMessage)' },
      ],
      replyBody: [
        { css: '[data-markdown-text-style="assistant-message"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT; code search 2026-12-04 "data-markdown-text-style"' },
        { css: '.markdown.prose', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.1 (sho7650 assistantResponse)' },
        { css: '.markdown', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.1' },
        { css: '[class*="markdown"]', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.1', lastResort: true },
      ],
      finished: [
        { css: '[data-chatgpt-selection-message-id]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT: set on an ancestor only after streaming ends; why8023/oracle@e51dabe7 chatgpt-dom-2026-09 recordings (2026-09-29): on the answer\'s wrapper in completed.html, absent from streaming.html' },
        { css: 'button[data-testid="copy-turn-action-button"], button[data-testid="good-response-turn-action-button"], button[data-testid="bad-response-turn-action-button"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.1 (CodeWebChat footer)' },
      ],
      streaming: [
        { css: '[data-markdown-animated]:not([data-markdown-animated="false"])', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT; why8023/oracle@e51dabe7 tests/fixtures/chatgpt-dom-2026-09/streaming.html (live recording 2026-09-29, steipete/oracle PR #516): data-markdown-animated="" on the primary-tone answer body itself, in a block with no unit key yet' },
        { css: '[role="status"][aria-busy="true"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT busy marker; code search 2026-12-04 turnBusy' },
        { css: '[data-talvt-turn-state="in_progress"], [data-streaming-response-status], [class*="cadencedShimmer"]', generation: 'late-2026', since: '2026-09-29', evidence: 'KobaProduction/browser-extensions@1c7ad989 chatgpt-dom-adapter.ts search-unit-v2 (Pro renderer 2026-10-06), CHATGPT_CLIENT_RESEARCH.md live 2026-10-07 (in_progress can stick after a stop); cadencedShimmer "Thinking" header: why8023/oracle@e51dabe7 streaming.html (2026-09-29)' },
        { css: '[data-dil-talvt-response-state="streaming"], [data-markdown-talvt-render-state="pending"], .streaming-animation', generation: 'early-2026', since: '2026-10-06', evidence: 'KobaProduction/browser-extensions@1c7ad989:packages/chatgpt/src/chatgpt-dom-adapter.ts legacy-turn-v1 (legacy/Free renderer, observed 2026-10-06 per docs/CHATGPT_DOM_ADAPTERS.md @b29ca9eb)' },
        { css: '.result-streaming', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.1 (llm-answer-notifier)' },
      ],
      pageBusy: [
        { css: 'button[data-testid="stop-button"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.1. Not in the 2026-09-29 recordings (why8023/oracle@e51dabe7: no data-testid; stop = form[data-chatgpt-composer] button[aria-label="Stop"]); code index 71378632169 (2026-09-25 DOM): the primary composer button, its label cycling Voice/Send/Stop, no test id' },
      ],
      notReply: [
        { css: 'a[data-testid="chatgpt-citation"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT citations; code search 2026-12-04' },
        { css: '[data-markdown-copy="exclude"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT code chrome' },
        { css: '[class*="group/activity-header"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT "a thinking summary plus the answer"; code search 2026-12-04 activityHeader' },
        { css: '[data-markdown-text-tone="tertiary"]', generation: 'late-2026', since: '2026-10', evidence: 'code index 68557909390 (fixture "from a generating page", 2026-10): the thinking summary is an assistant-message block with this tone, a sibling of the activity header; answer selectors in 70227433780 and 71560370241 exclude it' },
        { css: '[data-testid="webpage-citation-pill"]', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.1 search citation pill' },
      ],
      composer: [
        { css: '[data-composer-markdown][contenteditable="true"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 ChatGPT composer; why8023/oracle@e51dabe7 chatgpt-dom-2026-09 recordings (2026-09-29): inside form[data-chatgpt-composer]' },
        { css: '#prompt-textarea[contenteditable="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.1' },
        { css: 'div.ProseMirror[contenteditable="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.1' },
        { css: 'textarea#prompt-textarea, textarea[name="prompt-textarea"], textarea[name="prompt"]', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.1; survey-2026 textarea[name="prompt"]' },
        { css: 'form[data-type="unified-composer"] [contenteditable="true"]', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.1', lastResort: true },
      ],
    },
  },

  claude: {
    reviewed: '2026-12',
    lists: {
      userTurn: [
        { css: '[data-testid="user-message"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.2 (voyager keeps only this one)' },
        { css: '[data-perf-row="human"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude transcript-row; code search 2026-12-04 "data-perf-row"' },
      ],
      assistantTurn: [
        { css: '.font-claude-response:not(#markdown-artifact)', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2 (sho7650 assistantResponse); matched live through 2026-09-21 (sho7650 docs/investigation/e2e-coverage-gaps-2026-09.md @d703685a: daily runs pass 09-12..09-21, counts down 62->6 on 09-01)' },
        { css: '[data-testid="assistant-message"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude other row shapes' },
        { css: '[data-perf-row="assistant"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude transcript-row' },
        { css: '[class*="font-claude-response"]:not(#markdown-artifact)', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2' },
        { css: '.font-claude-message', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.2 (revivalstack claude-*-dom.html)' },
        { css: '[data-is-streaming]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude: on assistant rows only', lastResort: true },
      ],
      replyBody: [
        { css: '[data-perf-reply-text]', generation: 'late-2026', since: '2026-08', evidence: 'a driver verified against the live page 2026-09-16 (one per reply text); a script measured 2026-09-18 (.font-claude-response [data-perf-reply-text]); claude-voicevox-bridge@2db6ae4b notes from the live page 2026-10-03' },
        { css: '[data-cds="Prose"]', generation: 'late-2026', since: '2026-09', evidence: 'claude-voicevox-bridge@2db6ae4b notes from the live page 2026-10-03: [data-cds=Prose] > [data-perf-reply-text]; chiimagnus/SyncNos claude-collector @c5f26b81: current builds give the answer as Prose blocks' },
        { css: '.standard-markdown', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2 (sho7650 markdownContent)' },
        { css: '.progressive-markdown', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2; gone from the live site 2026-07 (sho7650)' },
        { css: '.grid-cols-1.grid', generation: 'before-2026', since: '2024-01', evidence: 'chat-sites §2.2 (SirTensor v14)', lastResort: true },
      ],
      finished: [
        { css: '[data-is-streaming="false"]', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 Claude: the authoritative end signal; code search 2026-12-04; [data-is-streaming] in sho7650\'s live contract, passing 2026-09-12..21 (e2e-coverage-gaps-2026-09.md)' },
        { css: '[data-testid="message-actions"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude end toolbar (role=toolbar from 2026-07)' },
        { css: 'button[data-testid="action-bar-copy"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2 (CodeWebChat); some projects stopped finding it in 2026-08, but a script measured on the live page 2026-09-18 still saw it appear at completion' },
        { css: '[data-perf-row="assistant"][data-perf-row-streaming="false"]', generation: 'late-2026', since: '2026-08', evidence: 'SELECTORS.md "ALL CONFIRMED 2026-08-27": the row attribute flips to false when that turn ends (per turn, so a pause during tool use is no end)' },
      ],
      streaming: [
        { css: '[data-is-streaming="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.2, §3.2' },
        { css: '[data-perf-row-streaming="true"]', generation: 'late-2026', since: '2026-08', evidence: 'SELECTORS.md "ALL CONFIRMED 2026-08-27": true on the row while that turn generates' },
      ],
      pageBusy: [
        { css: 'button[data-testid="chat-input-stop"]', generation: 'late-2026', since: '2026-10', evidence: 'claude-voicevox-bridge@2db6ae4b notes from the live page 2026-10-03: the send button becomes chat-input-stop while generating (language-free)' },
        { css: 'button[data-testid="stop-button"]', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.2; no 2026 evidence' },
        { css: 'button[aria-label="Stop response"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2 (ophel; English UI only)', lastResort: true },
      ],
      notReply: [
        { css: 'span[data-not-prose]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude citation chips; unverified: a 2026-12-05 search found data-not-prose only in unrelated projects' },
        { css: '[data-testid="message-actions"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Claude end toolbar' },
        { css: '[data-cds="MessageActions"]', generation: 'late-2026', since: '2026-08', evidence: 'SELECTORS.md 2026-08-31: the toolbar with copy, retry, the relative time and the retry counter' },
        { css: '[data-cds="TurnStatus"], [data-testid="TurnStatus"]', generation: 'late-2026', since: '2026-09', evidence: 'claude-voicevox-bridge@2db6ae4b notes from the live page 2026-10-03: search and thinking status ("Searched the web") above the answer; SyncNos claude-collector excludes it' },
        { css: '[data-testid^="tool-status-"], span[data-cds="Icon"]', generation: 'late-2026', since: '2026-08', evidence: 'SELECTORS.md 2026-08-28: tool status pills and icon glyphs' },
      ],
      composer: [
        { css: 'div[data-testid="chat-input"][contenteditable="true"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2' },
        { css: '[data-testid="chat-input"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.2' },
        { css: 'div.ProseMirror[contenteditable="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.2' },
        { css: 'fieldset [contenteditable="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.2', lastResort: true },
      ],
    },
  },

  gemini: {
    reviewed: '2026-12',
    lists: {
      userTurn: [
        { css: 'user-query', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3 (sho7650, revivalstack); survey-2026: confirmed 2026-08/09' },
        { css: '.user-query-bubble-with-background', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3 (voyager)', lastResort: true },
      ],
      assistantTurn: [
        { css: 'model-response', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3; survey-2026: confirmed 2026-08/09' },
        { css: '[aria-label="Gemini response"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3 (voyager)', lastResort: true },
        { css: '.presented-response-container', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3 (voyager)', lastResort: true },
      ],
      replyBody: [
        { css: 'message-content .markdown.markdown-main-panel', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3 (sho7650 modelResponseContent); survey-2026: message-content confirmed' },
        { css: '.markdown.markdown-main-panel', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3' },
        { css: '.markdown-main-panel', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3' },
        { css: 'message-content .markdown', generation: 'before-2026', since: '2024-06', evidence: 'chat-sites §2.3' },
        { css: '.model-response-text', generation: 'before-2026', since: '2024-06', evidence: 'chat-sites §2.3' },
        { css: 'message-content', generation: 'early-2026', since: '2025-01', evidence: 'survey-2026 Gemini', lastResort: true },
      ],
      userBody: [
        { css: '.query-text', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3 (sho7650 queryTextLine)' },
        { css: '.query-content', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3 (revivalstack)' },
        { css: '.query-text-line', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3' },
      ],
      finished: [
        { css: 'message-actions', generation: 'early-2026', since: '2025-01', evidence: 'survey-2026 Gemini: added about a second after the text; confirmed 2026-08-11 (CodeWebChat gemini.ts), 2026-09-09 (LeviMelo/uibridge UI-RECON), 2026-09-28 (lucioamor/yappable CHAT-SITES-DOM); sho7650 live gemini contract passing 2026-09-12..21' },
      ],
      pageBusy: [
        { css: 'mat-icon[data-mat-icon-name="stop"], mat-icon[fonticon="stop"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3 (CodeWebChat)' },
        { css: 'mat-icon[data-mat-icon-name="stop_circle"], mat-icon[fonticon="stop_circle"], .send-button.stop', generation: 'early-2026', since: '2026-05', evidence: 'chat-sites §2.3 (unattributed)' },
        { css: 'gem-icon-button.send-button.stop, [data-test-id*="stop-button"]', generation: 'late-2026', since: '2026-08', evidence: 'Ice-wilderness/ophel@07c85b1c:src/adapters/gemini-config.ts generating.existsSelectors (undated; after the 2026-08-13 Site Packs release). Not the end signal: message-actions is' },
      ],
      notReply: [
        { css: 'model-thoughts, [data-test-id="model-thoughts"]', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 Gemini thinking' },
        { css: 'sources-list', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 Gemini: source lists were read as reply text' },
        { css: 'finance-info-disclaimer, election-info-disclaimer, freemium-rag-disclaimer, [class*="-disclaimer"]', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 Gemini disclaimers' },
        { css: '.response-container-header, message-actions, .attachment-container', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.3 (exporter fix notes)' },
        { css: 'thinking-overlay, processing-state, bard-avatar', generation: 'late-2026', since: '2026-09-09', evidence: 'LeviMelo/uibridge@d62d0130:docs/UI-RECON.md (live 2026-09-09: thinking-overlay in thinking replies, processing-state-visible); code index 57944575639 (hand analysis 2026-02: processing-state, bard-avatar inside the markdown)' },
        { css: 'gem-processing-card, [data-test-id="gem-processing-card"], immersive-entry-chip, [data-test-id="time-estimation-message"], .time-estimation-message, sources-carousel', generation: 'late-2026', since: '2026-07-06', evidence: 'Gitoffthelawn/ophel@6ae1a39:src/adapters/gemini.ts (2026-07-06) GEMINI_ASSISTANT_EXPORT_NOISE_SELECTOR: Canvas and Deep Research cards, time estimates, source carousels' },
        { css: 'model-response-disclaimers, sensitive-memories-banner, hallucination-disclaimer', generation: 'late-2026', since: '2026-08', evidence: 'Ice-wilderness/ophel@07c85b1c:src/adapters/gemini-config.ts clean-mode list (undated, after 2026-08-13): tags, which the [class*="-disclaimer"] class test does not match' },
        { css: '.generated-image-controls, download-generated-image-button, share-button', generation: 'late-2026', since: '2026-07-06', evidence: 'Gitoffthelawn/ophel@6ae1a39:src/adapters/gemini.ts (2026-07-06): generated-image chrome in the export noise list' },
      ],
      composer: [
        { css: 'rich-textarea div.ql-editor[contenteditable="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3' },
        { css: 'input-area-v2 [contenteditable="true"]', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 Gemini composer' },
        { css: 'div.ql-editor[contenteditable="true"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3' },
        { css: 'div[contenteditable="true"][role="textbox"]', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.3', lastResort: true },
      ],
    },
  },

  copilot: {
    reviewed: '2026-12',
    lists: {
      assistantTurn: [
        { css: '[data-content="ai-message"], [data-testid="ai-message"], [class~="group/ai-message"]', generation: 'early-2026', since: '2026-03', evidence: 'chat-sites §2.4 (revivalstack 2026-03); CodeWebChat 584e0bd copilot.ts (2026-08-22); Covai-Labs/ai-chat-exporter tests/fixtures/copilot.html (cba99bf, 2026-07-22) and parser 05b7bce (2026-08-17): all three on one element, ai-message-body inside' },
      ],
      userTurn: [
        { css: '[class~="group/user-message"]', generation: 'early-2026', since: '2026-03', evidence: 'chat-sites §2.4' },
        { css: '[data-content="user-message"]', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.4' },
      ],
      finished: [
        { css: '[data-testid="message-item-reactions"]', generation: 'early-2026', since: '2026-03', evidence: 'chat-sites §2.4; unchanged late 2026: CodeWebChat footer_selector at 584e0bd (2026-08-22), copy button now copy-ai-message-button (2bca34a, 2026-08-10)' },
      ],
      pageBusy: [
        { css: 'button[data-testid="stop-button"]', generation: 'early-2026', since: '2026-03', evidence: 'chat-sites §2.4; unchanged late 2026: CodeWebChat is_generating at 584e0bd (2026-08-22); label localized, not read' },
      ],
      composer: [
        { css: 'textarea#userInput', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.4 (unattributed)' },
        { css: 'textarea', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.4 (CodeWebChat)', lastResort: true },
      ],
    },
  },

  perplexity: {
    reviewed: '2026-12',
    lists: {
      userTurn: [
        { css: '[class~="group/query"]', generation: 'early-2026', since: '2026-02', evidence: 'chat-sites §2.5 (sho7650 userQuery)' },
        { css: '[class~="group/user-bubble"]', generation: 'late-2026', since: '2026-08', evidence: 'code index 71179478593, 70901689805, 68552849738 (undated fixtures, [data-workflow-entry] > group/user-bubble); sho7650/obsidian-AI-exporter@2fe0609d docs/investigation/perplexity-user-bubble-2026-09.md (live 2026-09-25): the bubble gained this class' },
        { css: 'span.select-text', generation: 'early-2026', since: '2026-02', evidence: 'chat-sites §2.5; gone from the whole page on 2026-09-25 for the rolled-out layout (sho7650 perplexity-user-bubble-2026-09.md)', lastResort: true },
      ],
      userBody: [
        { css: '[data-renderer="lm"]', generation: 'late-2026', since: '2026-09-25', evidence: 'sho7650/obsidian-AI-exporter@2fe0609d docs/investigation/perplexity-user-bubble-2026-09.md (live 2026-09-25): the query is rendered by the markdown renderer, group/user-bubble > div.bg-subtle.rounded-2xl > ... > div[data-renderer="lm"] > p' },
        { css: 'span.select-text', generation: 'early-2026', since: '2026-02', evidence: 'chat-sites §2.5 (sho7650 userQuery before 2026-09-25)' },
      ],
      replyBody: [
        { css: '.prose[data-renderer="lm"]', generation: 'late-2026', since: '2026-08-16', evidence: 'Tuanle207/ai-proxy selectors.py (live notes 2026-08-16..23, HEAD 47409c7): the answer body is div[data-renderer="lm"]; Gitoffthelawn/ophel@21bdc801:registry/sites/perplexity.json (2026-08-28). .prose: user bubbles can hold one too' },
        { css: '.prose.dark\\:prose-invert.inline, .prose.inline', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 Perplexity: two layouts at once; sho7650 PR #450 (2026-08-16): empty markdown-content placeholder, this prose beside it; still matched live 2026-09-25 (sho7650 perplexity-user-bubble-2026-09.md: answerProse 2)' },
        { css: '[id^="markdown-content-"] .prose', generation: 'early-2026', since: '2026-02', evidence: 'chat-sites §2.5' },
        { css: '.prose.max-w-none', generation: 'early-2026', since: '2026-04', evidence: 'chat-sites §2.5 (deep research); sho7650@1f2e07fe selectors/perplexity.ts (2026-08): also the own prose of a Deep Research card (div.bg-raised.rounded-lg), which perplexity.ts leaves out' },
      ],
      pageBusy: [
        // Late 2026 the stop control is also found by its sprite icon, #pplx-icon-player-stop-filled, in
        // perplexity.ts (an xlink:href no selector valid in both Chromium and happy-dom matches): live readings
        // 2026-09-18 (code index 69426551765) and 2026-09-26 (code index 68397199145), fixture observed-2026-09.html.
        { css: 'button[data-testid="stop-generating-response-button"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.5; code search 2026-12-04: still in automation code (undated). Not read by the 2026-09 live readings (code index 68397199145, 69426551765): they find the stop control by label and icon. Label localized, not read' },
        { css: 'button[aria-label^="Stop response"]:not([data-state="closed"])', generation: 'late-2026', since: '2026-08-18', evidence: 'code index 60371192875 (live 2026-07-11: "Stop response (Esc)"); Tuanle207/ai-proxy selectors.py (2026-08-18: the button stays after the answer, data-state="closed"). English UI only', lastResort: true },
      ],
      notReply: [
        { css: '.citation, .citation-nbsp, [data-pplx-citation-url], [data-pplx-citation]', generation: 'early-2026', since: '2026-02', evidence: 'chat-sites §2.5 citation pills' },
      ],
      composer: [
        { css: '#ask-input', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.5 (CodeWebChat)' },
        { css: '[data-lexical-editor="true"][contenteditable="true"]', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.5' },
        { css: 'textarea[placeholder]', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.5', lastResort: true },
      ],
    },
  },

  deepseek: {
    reviewed: '2026-12',
    lists: {
      turn: [
        { css: '.ds-message', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.6 (voyager site.json userTurn/assistantTurn)' },
        { css: '.ds-virtual-list-visible-items > *', generation: 'late-2026', since: '2026-10-04', evidence: 'survey-2026 DeepSeek; code index 71113609308 (a DeepSeek DOM anchor contract, live captures 2026-10-04/05): rows keep only hashed classes from 2026-10-04, anchors [data-virtual-list-item-key] and .ds-virtual-list-visible-items > * side by side' },
      ],
      replyBody: [
        { css: '.ds-markdown.ds-assistant-message-main-content', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.6; survey-2026: still holds; code index 71113609308 (live 2026-10): the role marker classes .ds-assistant-message-main-content / .ds-collapsible-text still found ("role unrecognised" never reproduced)' },
        { css: '.ds-markdown', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.6' },
      ],
      userBody: [
        { css: '.ds-collapsible-text', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.6 (voyager)' },
        { css: '.fbb737a4', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.6 (greasyfork Navigator; hashed class)', lastResort: true },
      ],
      pageBusy: [
        { css: '.ds-button--primary.ds-button--circle svg path[d^="M2 4.88"]', generation: 'late-2026', since: '2026-08', evidence: 'survey-2026 DeepSeek; code search 2026-12-04 STOP_ICON_PREFIX "M2 4.88"; code index 71113609308 (live 2026-10-04): one round button, class unchanged and aria-label empty, square "M2 4.88C2 3.68009..." = stop, arrow "M8.3125 0.980206..." = send' },
        { css: '.ds-button--primary.ds-button--circle svg path[d^="M34,18"]', generation: 'late-2026', since: '2026-08', evidence: 'code search 2026-12-04 SPINNER_ICON_PREFIX "M34,18": request sent, no token yet' },
        { css: '.ds-button--circle svg[data-icon="spin"]', generation: 'late-2026', since: '2026-10-05', evidence: 'code index 71113609308 (live 2026-10-05): while thinking the round button shows a ring spinner, svg[viewBox="0 0 36 36"][data-icon="spin"] in div.ds-loading, with ds-button--disabled' },
        { css: '.ds-button--primary.ds-button--circle svg rect', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.6 (our early note; survey-2026 says the real icon is a path)', lastResort: true },
      ],
      notReply: [
        { css: '.ds-think-content', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.6; survey-2026: still holds' },
        { css: '.ds-markdown-cite', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.6 (unverified class name)' },
      ],
      composer: [
        { css: 'textarea#chat-input', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.6' },
        { css: 'textarea[placeholder*="DeepSeek"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.6' },
        { css: 'textarea', generation: 'early-2026', since: '2025-01', evidence: 'chat-sites §2.6', lastResort: true },
      ],
    },
  },

  grok: {
    reviewed: '2026-12',
    lists: {
      turn: [
        { css: 'div[id^="response-"]', generation: 'early-2026', since: '2026-01', evidence: 'chat-sites §2.7 (revivalstack reference DOM); survey-2026: div#response-<uuid> 2026-09; live 2026-09-28 (yappable) and 2026-09-29 (vmscript-grok-export PLAN.md §2: one per message, kept through virtualization)' },
        { css: '[data-testid="assistant-message"], [data-testid="user-message"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Grok' },
        { css: '.message-bubble', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.7 (SirTensor, ophel)', lastResort: true },
      ],
      replyBody: [
        { css: '.response-content-markdown', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7; survey-2026 2026-09' },
        { css: '.streamdown-chat-md', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Grok' },
      ],
      finished: [
        { css: '.action-buttons button', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7 (CodeWebChat); survey-2026: can appear before the text' },
      ],
      pageBusy: [
        { css: 'path[d^="M4 9.2v5.6c0 1.116"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7 (CodeWebChat grok.ts stop-square icon)' },
        { css: 'button[aria-label^="Stop"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7 (English UI only)', lastResort: true },
      ],
      notReply: [
        { css: '.thinking-container', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7' },
        { css: 'a.no-copy', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Grok citation chips' },
        { css: '[class~="group/code-header"], .t-copy-label', generation: 'late-2026', since: '2026-09-29', evidence: 'andrewfung729/vmscript-grok-export@e9172aa3:src/grok-export/dom/selectors.ts, @87cd32d5:docs/PLAN.md §2 (live 2026-09-29): a code block never scrolled into view has its header (language, Copy/Copied) but no <pre>' },
        { css: 'section.inline-media-container, [data-testid="canvas-trigger"]', generation: 'late-2026', since: '2026-09-29', evidence: 'andrewfung729/vmscript-grok-export@e9172aa3 selectors.ts and PLAN.md §2.8 (live 2026-09-29): media section in the bubble; the "Worked for 12s" button in .thinking-container' },
      ],
      composer: [
        { css: '[data-testid="chat-input"] [contenteditable="true"]', generation: 'late-2026', since: '2026-09', evidence: 'chat-sites §2.7' },
        { css: '.tiptap.ProseMirror[contenteditable="true"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7 (ophel grok.ts)' },
        { css: 'div[contenteditable="true"][role="textbox"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.7' },
        { css: 'textarea[aria-label*="Grok"], form textarea', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.7 (signed-out page)', lastResort: true },
      ],
    },
  },

  lechat: {
    reviewed: '2026-12',
    lists: {
      turn: [
        { css: '[data-message-author-role="user"], [data-message-author-role="assistant"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.8; survey-2026: widely used; still read 2026-08-11 (CodeWebChat 73df562 mistral.ts, checked 2026-12-04)' },
      ],
      replyBody: [
        { css: '[data-message-part-type="answer"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.8 (CodeWebChat mistral.ts); code search 2026-12-04: also [data-testid="text-message-part"]' },
        { css: '.markdown-container-style', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.8 (unverified)', lastResort: true },
        { css: '.prose', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.8 (unverified)', lastResort: true },
      ],
      pageBusy: [
        { css: 'form rect[rx="2"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.8; unchanged late 2026: CodeWebChat is_generating at 73df562 (2026-08-11)' },
        { css: 'button[aria-label^="Stop"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.8 (English UI only)', lastResort: true },
      ],
      notReply: [
        { css: '[data-message-part-type="reasoning"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.8' },
      ],
      composer: [
        { css: 'form div[contenteditable="true"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.8 (CodeWebChat mistral.ts enter_message)' },
        { css: 'div[contenteditable="true"]', generation: 'early-2026', since: '2025-06', evidence: 'CodeWebChat mistral.ts at 73df562 (2026-08-11)' },
        { css: 'form textarea', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.8' },
        { css: 'textarea', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.8', lastResort: true },
      ],
    },
  },

  poe: {
    reviewed: '2026-12',
    lists: {
      turn: [
        { css: '[class*="ChatMessage_chatMessage__"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.9; survey-2026: CSS-module prefixes confirmed' },
        { css: '[class*="Message_leftSideMessageRow__"], [class*="Message_rightSideMessageRow__"]', generation: 'late-2026', since: '2026-09', evidence: 'survey-2026 Poe rows Message_leftSideMessageRow__; unverified: the 2026-02 captures (SyncNos-Webclipper 558661fe, 0fef2873, d6e6defe) have plain Message_row__ bot rows, and only user rows carry a side class' },
        { css: '[class*="ChatMessage_messageRow__"]', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.9', lastResort: true },
      ],
      replyBody: [
        { css: '[class*="Prose_prose__"]', generation: 'early-2026', since: '2026-02', evidence: 'real page captures 2026-02-22/23 (SyncNos-Webclipper commits 558661fe, 0fef2873, d6e6defe): Markdown_markdownContainer__ > Prose_prose__; still targeted by mimalef70/fontara poe.css through 2026-08' },
        { css: '[class*="Markdown_markdownContainer__"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.9' },
        { css: '[class*="Message_selectableText__"], [class*="Message_messageTextContainer__"]', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.9', lastResort: true },
      ],
      notReply: [
        { css: '[class*="LeftSideMessageHeader_leftSideMessageHeader__"]', generation: 'early-2026', since: '2026-02', evidence: 'survey-2026 Poe; 2026-02 captures (SyncNos-Webclipper 0fef2873): the bot-name header beside the message row, not reply text' },
        { css: '[class*="LeftSideChatMessageHeader_"]', generation: 'before-2026', since: '2025-01', evidence: 'an undated English Poe capture (code index, late 2024 or later): the older prefix of the same header', lastResort: true },
      ],
      // The per-message `data-complete` marker is the one language-free signal public code
      // still reads: a maintained chat exporter's Poe collector (code search 2026-12-04, its
      // current TypeScript collectors; undated) skips `ChatMessage_chatMessage__[id^=message-]`
      // while `data-complete="false"`. For the action bar and the stop button, a code search
      // on 2026-12-04 found these class prefixes only in undated or pre-2026 code. The
      // watcher's stable-text fallback covers a marker that never comes.
      streaming: [
        { css: '[data-complete="false"]', generation: 'early-2026', since: '2025-06', evidence: 'code search 2026-12-04: a maintained exporter\'s Poe collector skips messages with data-complete="false" (undated)' },
      ],
      finished: [
        { css: '[data-complete="true"]', generation: 'early-2026', since: '2025-06', evidence: 'on every finished ChatMessage_chatMessage__ in the 2026-02 captures (SyncNos-Webclipper 558661fe, 0fef2873, d6e6defe) and in an older English capture; code search 2026-12-04: a collector reads it (undated)' },
        { css: '[class*="ChatMessageActionBar_actionBar__"]', generation: 'early-2026', since: '2025-06', evidence: '2026-02 captures: once per message tuple, in an unnamed div after its last message; mimalef70/fontara poe.css targets it through 2026-08; a Zotero connector userscript looks for it in the tuple' },
        { css: '[class*="ChatMessageFollowupActions_container__"]', generation: 'early-2026', since: '2026-02', evidence: '2026-02 captures: beside the action bar after a tuple\'s last reply; mimalef70/fontara poe.css 2026-06 to 2026-08' },
        { css: '[class*="ChatMessageFeedbackButtons_feedbackButtonsContainer__"]', generation: 'before-2026', since: '2025-01', evidence: 'chat-sites §2.9', lastResort: true },
      ],
      pageBusy: [
        { css: '[class*="ChatStopMessageButton_stopButton__"]', generation: 'early-2026', since: '2025-06', evidence: 'chat-sites §2.9; code search 2026-12-04: several Poe automation scripts (undated, hashes LWNj6, QOW41); no 2026 evidence' },
        { css: 'button[aria-label="Stop message"]', generation: 'early-2026', since: '2025-06', evidence: 'code search 2026-12-04 (ChatGPTSplitter poe.tsx canSend; English UI only)', lastResort: true },
      ],
    },
  },
};

/** The table; a malformed entry stops the build's tests (selector-table.test.ts), never a page. */
export const SELECTOR_TABLE: SelectorTable = TABLE;

/** A site's ranked entries for one purpose (empty when the site has no such list). */
export function selectorEntries(site: SiteId, list: SelectorListName): readonly SelectorEntry[] {
  return SELECTOR_TABLE[site].lists[list] ?? [];
}

/** A site's ranked selectors for one purpose, as CSS strings. */
export function selectorsFor(site: SiteId, list: SelectorListName): readonly string[] {
  return selectorEntries(site, list).map((entry) => entry.css);
}

/** Every selector of a list joined into one selector list (for "any of these"). */
export function anySelector(site: SiteId, list: SelectorListName): string {
  return selectorsFor(site, list).join(', ');
}
