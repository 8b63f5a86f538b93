import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { HAS_SEED } from '../kb/store-fixture.ts';
import { startServer, type RunningServer } from '../server/server-fixture.ts';

// Browser globals used inside page.evaluate callbacks (the project compiles without the DOM lib).
declare const document: { fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean }; documentElement: { scrollWidth: number } };
declare function getComputedStyle(e: unknown): { backgroundColor: string; fontFamily: string };

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `needs Debian's chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;
const OUT = resolve(import.meta.dirname, '../../test-output/web');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('web UI in headless Chromium', { skip: SKIP }, () => {
  let s: RunningServer;
  let browser: Browser;
  let page: Page;
  const cspErrors: string[] = [];
  let readerId = 0;

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    s = await startServer();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) cspErrors.push(m.text()); });
    page.on('pageerror', (e) => cspErrors.push(`page error: ${e.message}`));
    const list = await (await fetch(`${s.url}/api/articles?limit=100`)).json() as { articles: { id: number; title: string }[] };
    const want = HAS_SEED ? 'रूस ने पाकिस्तान' : 'सीमा पर गोलीबारी';
    readerId = list.articles.find((a) => a.title?.startsWith(want))!.id;
  });
  after(async () => {
    await browser?.close();
    await s?.stop();
  });

  it('reader: entity highlights, dates, the events, and an event click highlights its evidence', async () => {
    await page.goto(`${s.url}/article/${readerId}`);
    const mentions = await page.locator('.body a.m').count();
    assert.ok(mentions >= 10, `mentions highlighted: ${mentions}`);
    assert.ok(await page.locator('.body a.m-location').count() > 0);
    assert.ok(await page.locator('.body a.m-person').count() > 0 || !HAS_SEED);
    assert.ok(await page.locator('.body .date').count() > 0);
    const events = page.locator('button.event');
    if (HAS_SEED) assert.equal(await events.count(), 3, 'the seed article has three events');
    else assert.ok(await events.count() >= 1);
    assert.equal(await page.locator('.body mark.ev.on').count(), 0);
    await events.nth(0).click();
    const on = page.locator('.body mark.ev.on');
    assert.ok(await on.count() >= 1, 'evidence highlighted');
    const evs = await on.evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { ev?: string } }).dataset.ev));
    assert.ok(evs.every((v) => v === '0'), `only event 0's evidence: ${evs}`);
    const bg = await on.first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the highlight is visible');
    assert.equal(await events.nth(0).getAttribute('aria-pressed'), 'true');
    await page.screenshot({ path: join(OUT, 'reader-event.png'), fullPage: true });
    const fontOk = await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px "Noto Sans Devanagari"', 'रूस'); });
    assert.ok(fontOk, 'Noto Sans Devanagari loaded');
    const family = await page.locator('.body').evaluate((e) => getComputedStyle(e).fontFamily);
    assert.match(family, /Noto Sans Devanagari/);
  });

  it('reader on a phone: no horizontal scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto(`${s.url}/article/${readerId}`);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 392, `page width on a phone: ${width}`);
    await phone.screenshot({ path: join(OUT, 'reader-phone.png') });
    await phone.close();
  });

  it('pair timeline draws bars and the Goldstein line', async () => {
    const [a, b] = HAS_SEED ? ['PK', 'RU'] : ['IN', 'PK'];
    await page.goto(`${s.url}/pair/${a}/${b}?by=month`);
    await page.locator('#timeline svg').waitFor();
    assert.ok(await page.locator('#timeline rect.bar').count() >= 1);
    assert.equal(await page.locator('#timeline polyline').count(), 1);
    await page.screenshot({ path: join(OUT, 'pair-timeline.png'), fullPage: true });
  });

  it('relation graph draws nodes and edges, and a node can be dragged', async () => {
    await page.goto(`${s.url}/graph`);
    await page.locator('#graph svg g.node').first().waitFor();
    const nodes = await page.locator('#graph g.node').count();
    assert.ok(nodes >= 3, `nodes: ${nodes}`);
    assert.ok(await page.locator('#graph line.edge').count() >= 2);
    const node = page.locator('#graph g.node[data-id="IN"]');
    const before = await node.getAttribute('transform');
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + 60, { steps: 5 });
    await page.mouse.up();
    assert.notEqual(await node.getAttribute('transform'), before, 'dragging moves the node');
    assert.match(page.url(), /\/graph$/, 'a drag is not a click');
    await page.screenshot({ path: join(OUT, 'graph.png'), fullPage: true });
  });

  it('lens for IN lists rivals, partners and (with the seed) the PK–RU agreement with "why is this here"', async () => {
    await page.goto(`${s.url}/lens/IN`);
    const rivals = await page.locator('.rel').nth(1).innerText();
    assert.match(rivals, /Pakistan/);
    const partners = await page.locator('.rel').nth(0).innerText();
    assert.match(partners, /Russia/);
    if (HAS_SEED) {
      const first = page.locator('.lens-item').first();
      const text = await first.innerText();
      assert.match(text, /Pakistan/);
      assert.match(text, /Russia/);
      assert.match(text, /Sign formal agreement/);
      await first.locator('summary').click();
      assert.match(await first.locator('details p').innerText(), /rival of India/);
    }
    await page.screenshot({ path: join(OUT, 'lens-IN.png'), fullPage: true });
  });

  it('search box takes Hindi and Latin', async () => {
    await page.goto(`${s.url}/`);
    await page.fill('input[name=q]', 'Moscow');
    await page.press('input[name=q]', 'Enter');
    await page.waitForURL(/search/);
    assert.ok(await page.locator('ol.hits li').count() >= 1, 'Moscow finds मॉस्को');
    await page.fill('input[name=q]', 'पाकिस्तान');
    await page.press('input[name=q]', 'Enter');
    await page.waitForURL(/search\?q=%E0/);
    assert.ok(await page.locator('ol.hits li').count() >= 1);
    assert.ok(await page.locator('ul.ents a[href="/entity/country%3APK"]').count() === 1);
    await page.screenshot({ path: join(OUT, 'search.png'), fullPage: true });
  });

  it('no CSP violations or script errors on any page', () => {
    assert.deepEqual(cspErrors, []);
  });
});
