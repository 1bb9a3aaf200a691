/**
 * Block Kit -> HTML for the preview page: the blocks the bot sends (header, section with an
 * accessory button, context, divider, actions, image), drawn roughly as Slack draws them. Buttons
 * become small forms that post their action id and value back to the page's server. Every text
 * is escaped (see `mrkdwn-html.ts`); a block of another type shows its type, never its content
 * as markup. Reads blocks defensively: a missing field is skipped, never a crash.
 */
import type { KnownBlock } from '@slack/types';
import type { Block } from '../render/block-types.ts';
import { escapeHtml, mrkdwnToHtml } from './mrkdwn-html.ts';

/** Where the button forms post to (the page's action route). */
export interface BlocksHtmlOptions {
  actionPath: string;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A message's blocks as HTML.
 * @example blocksToHtml([{ type: "header", text: { type: "plain_text", text: "Chronik 2020" } }]) // '<h2 class="b-header">Chronik 2020</h2>'
 */
export function blocksToHtml(blocks: ReadonlyArray<Block | KnownBlock>, options: BlocksHtmlOptions = { actionPath: '/action' }): string {
  return blocks.map((block) => blockHtml(block as unknown, options)).join('\n');
}

function blockHtml(block: unknown, options: BlocksHtmlOptions): string {
  if (!isObject(block)) return '';
  switch (block.type) {
    case 'header':
      return `<h2 class="b-header">${textHtml(block.text)}</h2>`;
    case 'section': {
      const fields = Array.isArray(block.fields) ? `<div class="b-fields">${block.fields.map((f) => `<div>${textHtml(f)}</div>`).join('')}</div>` : '';
      const accessory = isObject(block.accessory) ? `<div class="b-accessory">${elementHtml(block.accessory, options)}</div>` : '';
      return `<div class="b-section"><div class="b-text">${textHtml(block.text)}${fields}</div>${accessory}</div>`;
    }
    case 'context': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      return `<div class="b-context">${elements.map((e) => `<span class="b-context-item">${isObject(e) && e.type === 'image' ? imageHtml(e.image_url, e.alt_text) : textHtml(e)}</span>`).join('')}</div>`;
    }
    case 'divider':
      return '<hr class="b-divider">';
    case 'actions': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      return `<div class="b-actions">${elements.map((e) => elementHtml(e, options)).join('')}</div>`;
    }
    case 'image': {
      const title = isObject(block.title) ? `<figcaption>${textHtml(block.title)}</figcaption>` : '';
      return `<figure class="b-image">${imageHtml(block.image_url, block.alt_text)}${title}</figure>`;
    }
    default:
      return `<div class="b-unknown">[${escapeHtml(str(block.type) || 'block')}]</div>`;
  }
}

/** A text object: mrkdwn formatted, plain text escaped (line breaks kept). */
function textHtml(text: unknown): string {
  if (!isObject(text)) return '';
  if (text.type === 'mrkdwn') return mrkdwnToHtml(str(text.text));
  return escapeHtml(str(text.text)).replace(/\n/g, '<br>');
}

/**
 * An image, only from this server (a path such as `/chart/…png`): the page loads nothing from
 * elsewhere, so an outside URL shows its alt text instead.
 */
function imageHtml(url: unknown, alt: unknown): string {
  const src = str(url);
  // "/chart/3f2a.png" yes; "//evil.example/x.png", "https://…", "javascript:…" no
  if (/^\/(?!\/)[\w./-]*$/.test(src)) return `<img src="${escapeHtml(src)}" alt="${escapeHtml(str(alt))}">`;
  return `<span class="b-image-alt">[${escapeHtml(str(alt) || 'Bild')}]</span>`;
}

/** A button as a form posting its action id and value; other elements show their type. */
function elementHtml(element: unknown, options: BlocksHtmlOptions): string {
  if (!isObject(element)) return '';
  if (element.type !== 'button') return `<span class="b-unknown">[${escapeHtml(str(element.type) || 'element')}]</span>`;
  const style = element.style === 'primary' || element.style === 'danger' ? ` ${element.style}` : '';
  const label = textHtml(element.text);
  const actionId = escapeHtml(str(element.action_id));
  return (
    `<form class="b-button" method="post" action="${escapeHtml(options.actionPath)}">` +
    `<input type="hidden" name="action_id" value="${actionId}">` +
    `<input type="hidden" name="value" value="${escapeHtml(str(element.value))}">` +
    `<button type="submit" class="button${style}" data-action-id="${actionId}">${label}</button></form>`
  );
}
