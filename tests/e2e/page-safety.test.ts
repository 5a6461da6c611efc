import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addThroughPopup, launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';
import { seedPages, type SeedPage } from './helpers/seed-pages.ts';

/** The English seed's story told again, with its figures inside a link and a table, on pages that misbehave. */
function storyBody(): string {
  return `<p>Russia said on Friday that North Korean soldiers deployed in its western Kursk region are clearing minefields
left behind after months of fighting with Ukrainian forces, the Russian Defence Ministry said in Moscow.</p>
<p>South Korean, Ukrainian and Western intelligence estimates indicate that North Korea sent
<a href="/numbers" id="page-link">roughly 14,000 soldiers</a> to aid Moscow following a Ukrainian cross-border push into the Kursk region
in August 2024. Those forces reportedly suffered more than 6,000 fatalities during the months-long campaign.</p>
<table><tr><th>Estimate</th><th>Source</th></tr><tr><td>roughly 14,000 soldiers</td><td>Intelligence</td></tr></table>
<p>Kremlin spokesman Dmitry Peskov told reporters that Russia remains deeply grateful for North Korea's assistance,
describing the contribution as both selfless and heroic, and said the work in Kursk is ongoing.</p>`;
}

const LIVE_BLOG = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: Kursk demining</title></head>
<body><main><article id="live"><h1>Live: North Korean sappers in Kursk</h1>${storyBody()}</article></main>
<script>
  // A live blog: new posts arrive and the whole article is re-rendered now and then.
  let n = 0;
  const timer = setInterval(() => {
    n++;
    const p = document.createElement('p');
    p.textContent = 'Update ' + n + ': correspondents in Kursk report more demining teams at work near the border villages today.';
    document.getElementById('live').appendChild(p);
    if (n === 5) document.getElementById('live').innerHTML = document.getElementById('live').innerHTML;
    if (n > 12) clearInterval(timer);
  }, 120);
  window.pageClicks = 0;
  document.addEventListener('click', () => window.pageClicks++);
</script></body></html>`;

const RTL = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>كورسك</title></head><body><article>
<h1>جنود كوريا الشمالية في كورسك</h1>
<p>قالت وزارة الدفاع الروسية إن جنودا من كوريا الشمالية يعملون على إزالة الألغام في منطقة كورسك بعد أشهر من القتال مع القوات الأوكرانية.</p>
<p>وتشير تقديرات إلى أن كوريا الشمالية أرسلت نحو 14000 جندي، وقالت مصادر إن أكثر من 6000 منهم قتلوا خلال الحملة التي استمرت أشهرا.</p>
<p>وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ممتنة للمساعدة، وإن العمل في كورسك لا يزال مستمرا حتى الآن، مضيفا أن المهمة صعبة وخطيرة وأن الأصدقاء الكوريين يقدمون مساعدة حقيقية يقدرها الجانب الروسي كثيرا.</p>
<p>وذكرت صحيفة النجمة الحمراء العسكرية أن كثافة الألغام المضادة للدبابات والأفراد في المنطقة غير مسبوقة، وأن فرق إزالة الألغام تتعرض باستمرار لنيران المدفعية والطائرات المسيرة الأوكرانية أثناء عملها في القرى الحدودية.</p>
</article></body></html>`;

const CSP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'">
<title>Locked down</title></head><body><article><h1>North Korean soldiers clear mines in Kursk</h1>${storyBody()}</article></body></html>`;

describe('pages that misbehave: nothing breaks, nothing is marked twice (real Chromium)', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let seeds: SeedPage[];

  beforeAll(async () => {
    seeds = seedPages();
    server = await startServer(pages({ ...Object.fromEntries(seeds.map((s) => [s.path, s.html])), '/live': LIVE_BLOG, '/rtl': RTL, '/csp': CSP_PAGE }));
    ext = await launchWithExtension();
    const others = seeds.filter((s) => s.id !== '004');
    expect(await addThroughPopup(ext, others.map((s) => server.origin + s.path))).toEqual(others.map(() => 'Added.'));
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });

  it('a live blog that rewrites itself: marks once, links and the page\'s own script keep working', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/live`);
    await page.waitForTimeout(2000);
    // Ask again, as the popup does: still one mark per figure.
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    await page.waitForTimeout(300);
    const marks = await page.$$eval('[data-parallax-figure]', (els) => els.map((e) => e.getAttribute('data-parallax-figure')));
    const nested = await page.$$eval('[data-parallax-figure] [data-parallax-figure]', (els) => els.length);
    expect(nested).toBe(0);
    expect(new Set(marks).size).toBeGreaterThan(0);
    expect(await page.getAttribute('#page-link', 'href')).toBe('/numbers');
    expect(await page.evaluate(() => document.querySelectorAll('#live p').length)).toBeGreaterThanOrEqual(14);
    await page.click('h1');
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('figures inside a link and a table cell are marked without breaking either', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/csp`);
    await page.waitForSelector('[data-parallax-figure]', { timeout: 20_000 });
    const link = await page.$eval('#page-link', (a) => ({ href: a.getAttribute('href'), text: a.textContent }));
    expect(link).toEqual({ href: '/numbers', text: 'roughly 14,000 soldiers' });
    expect(await page.$$eval('td', (tds) => tds.map((td) => td.textContent))).toContain('roughly 14,000 soldiers');
    // Marking adds no layout beyond the mark itself: the article's text reads the same.
    expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toContain('more than 6,000 fatalities');
  });

  it('a right-to-left page in a language Parallax does not read: no error, no mark, a plain popup', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/rtl`);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    expect(await popup.textContent('[data-testid="page-lang"]')).toBe('ar');
    expect(await popup.$$('[data-testid="conflict-item"]')).toHaveLength(0);
    expect(await page.$$('[data-parallax-figure]')).toHaveLength(0);
    expect(errors).toEqual([]);
  });
});
