import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KnownBlock } from '@slack/types';
import { createCore } from '../../src/core.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { parseArticle } from '../../src/corpus/parse.ts';
import { blocksToHtml } from '../../src/preview/blocks-html.ts';
import { moreButton } from '../../src/render/actions.ts';
import type { Block } from '../../src/render/block-types.ts';
import { renderReplySlack } from '../../src/render/reply.ts';

const html = (blocks: Array<Block | KnownBlock>) => blocksToHtml(blocks, { actionPath: '/action' });

describe('blocksToHtml: each block type', () => {
  it('header: plain text, escaped', () => {
    assert.equal(html([{ type: 'header', text: { type: 'plain_text', text: 'Chronik <2020> & "mehr"' } }]), '<h2 class="b-header">Chronik &lt;2020&gt; &amp; &quot;mehr&quot;</h2>');
  });
  it('section: mrkdwn text with its accessory button as a form', () => {
    const out = html([{ type: 'section', text: { type: 'mrkdwn', text: '*Kim* _sagt_' }, accessory: moreButton('Kaesong page 2', 'de') }]);
    assert.match(out, /^<div class="b-section"><div class="b-text"><b>Kim<\/b> <i>sagt<\/i><\/div><div class="b-accessory"><form class="b-button" method="post" action="\/action">/);
    assert.match(out, /<input type="hidden" name="action_id" value="korea_more">/);
    assert.match(out, /<input type="hidden" name="value" value="\{&quot;command&quot;:&quot;Kaesong page 2&quot;,&quot;lang&quot;:&quot;de&quot;\}">/);
    assert.match(out, /<button type="submit" class="button" data-action-id="korea_more">Mehr<\/button>/);
  });
  it('section: plain text keeps line breaks; fields are shown', () => {
    assert.equal(
      html([{ type: 'section', text: { type: 'plain_text', text: 'a\n<b>' }, fields: [{ type: 'mrkdwn', text: '*x*' }] }]),
      '<div class="b-section"><div class="b-text">a<br>&lt;b&gt;<div class="b-fields"><div><b>x</b></div></div></div></div>',
    );
  });
  it('context: each element, mrkdwn formatted', () => {
    assert.equal(
      html([
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: ':newspaper: <https://x.de|T>' },
            { type: 'plain_text', text: '<i>' },
          ],
        },
      ]),
      '<div class="b-context"><span class="b-context-item">📰 <a href="https://x.de" rel="noopener noreferrer" target="_blank">T</a></span><span class="b-context-item">&lt;i&gt;</span></div>',
    );
  });
  it('divider and actions (primary style kept, other elements named)', () => {
    assert.equal(html([{ type: 'divider' }]), '<hr class="b-divider">');
    const button = { ...moreButton('x page 2', 'de'), style: 'primary' as const };
    const out = html([{ type: 'actions', elements: [button, { type: 'static_select', action_id: 's', options: [] } as never] }]);
    assert.match(out, /^<div class="b-actions"><form /);
    assert.match(out, /class="button primary"/);
    assert.match(out, /<span class="b-unknown">\[static_select\]<\/span><\/div>$/);
  });
  it('image: only from this server; an outside URL shows its alt text', () => {
    assert.equal(html([{ type: 'image', image_url: '/chart/a.png', alt_text: 'Balken "<x>"' }]), '<figure class="b-image"><img src="/chart/a.png" alt="Balken &quot;&lt;x&gt;&quot;"></figure>');
    for (const url of ['https://evil.example/x.png', '//evil.example/x.png', 'javascript:alert(1)']) {
      assert.equal(html([{ type: 'image', image_url: url, alt_text: 'Bild' }]), '<figure class="b-image"><span class="b-image-alt">[Bild]</span></figure>');
    }
  });
  it('an unknown or malformed block shows its type, escaped, and never throws', () => {
    assert.equal(html([{ type: '<script>' } as never]), '<div class="b-unknown">[&lt;script&gt;]</div>');
    assert.equal(html([null as never, { type: 'section' } as never, { type: 'context', elements: 'x' } as never]), '\n<div class="b-section"><div class="b-text"></div></div>\n<div class="b-context"></div>');
  });
});

describe('blocksToHtml on the bot’s own messages', () => {
  const attack = '<script>window.pwned=1</script> <img src=x onerror="window.pwned=2">';
  const article = parseArticle(
    `---\ntitle: 'Kaesong ${attack}'\ndate: 2020-06-16\nurl: https://example.org/a?x=1&y=2\n---\nIn Kaesong sprengte Nordkorea am 16. Juni 2020 das Verbindungsbüro. ${attack}\n`,
    'a.md',
  );
  const core = createCore(buildKnowledge([article]), 'de');

  it('a search answer: header, cited passage, citation with link, buttons; the article’s HTML only as text', async () => {
    const message = renderReplySlack(await core.handle(`Kaesong ${attack}`, { lang: 'de' }));
    assert.ok(message.blocks.length >= 3, 'header, hit, citation');
    const out = html(message.blocks);
    assert.match(out, /<h2 class="b-header">/);
    assert.match(out, /<a href="https:\/\/example\.org\/a\?x=1&amp;y=2" rel="noopener noreferrer" target="_blank">/);
    assert.match(out, /data-action-id="korea_source"/);
    assert.doesNotMatch(out, /<script|<img|onerror="/i);
    assert.ok(out.replace(/\u200b/g, '').includes('&lt;script&gt;window.pwned=1&lt;/script&gt;'));
  });
});
