import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSpan, escapeSlack, highlighted, plainMrkdwn, slackLink } from '../../src/render/escape.ts';
import { decodeSlack, escapeHtml, mrkdwnToHtml } from '../../src/preview/mrkdwn-html.ts';

describe('escapeHtml and decodeSlack', () => {
  it('escapes the five HTML characters', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('1')"> & co`), '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; co');
  });
  it('decodes exactly one level of Slack entities', () => {
    assert.equal(decodeSlack('&lt;b&gt; &amp;amp; &amp;lt;'), '<b> &amp; &lt;');
  });
});

describe('mrkdwnToHtml', () => {
  it('formats bold, italic, strike and code as Slack does', () => {
    assert.equal(mrkdwnToHtml('*Kim* sagte _leise_ ~nichts~ `timeline 2020`'), '<b>Kim</b> sagte <i>leise</i> <s>nichts</s> <code>timeline 2020</code>');
  });
  it('leaves markers inside words and markers the renderer neutralised as written', () => {
    assert.equal(mrkdwnToHtml('korea_more_button a*b*c'), 'korea_more_button a*b*c');
    const literal = plainMrkdwn('*wichtig* und _so_');
    assert.doesNotMatch(mrkdwnToHtml(literal), /<b>|<i>/);
    assert.equal(mrkdwnToHtml(literal).replace(/\u200b/g, ''), '*wichtig* und _so_');
  });
  it('shows article text with HTML in it as text, never as markup', () => {
    for (const attack of ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', '&lt;script&gt;']) {
      const html = mrkdwnToHtml(`*${plainMrkdwn(attack)}* ${plainMrkdwn(attack)}`);
      assert.doesNotMatch(html, /<(?!\/?b>)/, `no tag but <b> in ${html}`);
      assert.ok(html.replace(/\u200b/g, '').includes(escapeHtml(attack)), `shown as text: ${html}`);
    }
  });
  it('renders links with an escaped href and label; other schemes only as text', () => {
    assert.equal(mrkdwnToHtml(slackLink('https://x.de/a?b=1&c="2"', 'Art <1>')), '<a href="https://x.de/a?b=1&amp;c=&quot;2&quot;" rel="noopener noreferrer" target="_blank">Art &lt;1&gt;</a>');
    assert.equal(mrkdwnToHtml('<javascript:alert(1)|klick>'), 'klick');
    assert.equal(mrkdwnToHtml('<https://x.de>'), '<a href="https://x.de" rel="noopener noreferrer" target="_blank">https://x.de</a>');
  });
  it('formats around links and keeps code literal', () => {
    assert.equal(mrkdwnToHtml('*<https://x.de|Titel>*'), '<b><a href="https://x.de" rel="noopener noreferrer" target="_blank">Titel</a></b>');
    assert.equal(mrkdwnToHtml(codeSpan('*nicht fett* <b>')), '<code>*nicht fett* &lt;b&gt;</code>');
  });
  it('shows a backtick the bot escaped as Slack does (literal), also inside a link label', () => {
    assert.equal(mrkdwnToHtml(plainMrkdwn('es `Plan B`')), 'es `\u200bPlan B`\u200b');
    const link = mrkdwnToHtml(slackLink('https://x.de/a', 'Der `Plan` B'));
    assert.match(link, /Plan/);
    assert.doesNotMatch(link, /\uE000/, 'no placeholder left');
  });

  it('shows mentions as text and emoji shortcodes the bot uses as emoji', () => {
    assert.equal(mrkdwnToHtml('<@U123> <#C1|allgemein> <!here>'), '<span class="mention">@U123</span> <span class="mention">#allgemein</span> <span class="mention">@here</span>');
    assert.equal(mrkdwnToHtml(':newspaper: T · :warning: :nope:'), '📰 T · ⚠️ :nope:');
  });
  it('turns lines into <br> and runs of raw ">" lines into one blockquote; "&gt;" stays a literal', () => {
    assert.equal(mrkdwnToHtml('a\n> „x“\n> y\nb'), 'a<blockquote>„x“<br>y</blockquote>b');
    assert.equal(mrkdwnToHtml(escapeSlack('> kein Zitat')), '&gt; kein Zitat');
  });
  it('shows search highlights in bold', () => {
    assert.equal(mrkdwnToHtml(highlighted('Die Atomgespräche <neu>', [[7, 17]])), 'Die <b>Atomgespräche</b> &lt;neu&gt;');
  });
  it('drops the private-use placeholder character so input cannot forge a placeholder', () => {
    assert.equal(mrkdwnToHtml('`a` \uE0000\uE000'), '<code>a</code> 0');
  });
});
