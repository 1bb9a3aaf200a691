import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('runs in local mode with no Slack variables, with defaults', () => {
    const config = loadConfig({});
    assert.equal(config.slack, null);
    assert.equal(config.port, 3000);
    assert.equal(config.corpusDir, 'corpus');
    assert.equal(config.digestTz, 'Europe/Berlin');
  });

  it('uses HTTP mode with a signing secret and Socket Mode with an app token', () => {
    assert.equal(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.mode, 'http');
    assert.equal(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode, 'socket');
  });

  it('passes SLACK_API_URL and CORPUS_DIR through', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api/', CORPUS_DIR: '/x' });
    assert.equal(config.slack?.apiUrl, 'http://127.0.0.1:9/api/');
    assert.equal(config.corpusDir, '/x');
  });

  it('reports every problem at once, without echoing secrets', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'not-a-token-secret', PORT: 'abc', DIGEST_TZ: 'Mars/Olympus', LOG_LEVEL: 'loud' });
      assert.fail('should throw');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 5);
      assert.doesNotMatch(error.message, /not-a-token-secret/);
    }
  });
});

describe('MAX_ARTICLE_BYTES', () => {
  it('defaults to 2 MiB and takes a number of bytes', () => {
    assert.equal(loadConfig({}).maxArticleBytes, 2 * 1024 * 1024);
    assert.equal(loadConfig({ MAX_ARTICLE_BYTES: '500000' }).maxArticleBytes, 500000);
  });

  it('rejects anything but a positive whole number', () => {
    for (const bad of ['0', '-1', '2MB', '1.5']) assert.throws(() => loadConfig({ MAX_ARTICLE_BYTES: bad }), /MAX_ARTICLE_BYTES/, bad);
  });
});

describe('PREVIEW_PORT', () => {
  it('defaults to 3001; 0 and off turn the preview page off', () => {
    assert.equal(loadConfig({}).previewPort, 3001);
    assert.equal(loadConfig({ PREVIEW_PORT: '4000' }).previewPort, 4000);
    for (const off of ['0', 'off', 'OFF']) assert.equal(loadConfig({ PREVIEW_PORT: off }).previewPort, null, off);
  });

  it('rejects anything but a port, 0 or off', () => {
    for (const bad of ['-1', '65536', 'no', '80.5']) assert.throws(() => loadConfig({ PREVIEW_PORT: bad }), /PREVIEW_PORT must be a port from 1 to 65535, or 0 \/ off/, bad);
  });
});

describe('CHARTS_DIR', () => {
  it('defaults to korea-charts in the OS temp folder; a set folder is made absolute', () => {
    assert.equal(loadConfig({}).chartsDir, join(tmpdir(), 'korea-charts'));
    assert.equal(loadConfig({ CHARTS_DIR: 'out/charts' }).chartsDir, resolve('out/charts'));
  });
});
