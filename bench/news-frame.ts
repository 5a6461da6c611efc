// A news site's page around an article: what readers actually open. Readability's cost grows with the page (it
// scores every block), Parallax's analysis with the article alone, so a bare article page is the worst case for
// the ratio and a site page the usual one; the bench reports both.

const SECTIONS = ['World', 'Politics', 'Business', 'Markets', 'Technology', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Travel', 'Weather'];
const WORDS = 'minister talks budget storm election court league market climate energy border summit museum council rail harbour festival'.split(' ');

function headline(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length]!;
  return `${w(0)[0]!.toUpperCase()}${w(0).slice(1)} ${w(1)} and ${w(2)} after ${w(3)} ${w(4)}`;
}

function icon(): string {
  return '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 2h12v12H2z"></path><circle cx="8" cy="8" r="3"></circle></svg>';
}

function card(i: number, kind: string): string {
  return `<li class="${kind}-card"><a href="/news/${kind}/${i}"><figure><img src="/img/${i}.jpg" alt="" width="160" height="90"><figcaption>Photo ${i}</figcaption></figure><h3>${headline(i)}</h3></a><p class="meta"><span class="section">${SECTIONS[i % SECTIONS.length]}</span> <time datetime="2025-11-${String((i % 27) + 1).padStart(2, '0')}">${(i % 23) + 1}h ago</time></p></li>`;
}

function comment(i: number): string {
  return `<li class="comment"><div class="avatar"><img src="/avatars/${i}.png" alt="" width="32" height="32"></div><div class="body"><p class="who"><a href="/users/${i}">reader${i}</a> <time>${i + 2} min</time></p><p>I think the ${WORDS[i % WORDS.length]} question matters more than the ${WORDS[(i + 5) % WORDS.length]}.</p><p class="actions"><button>${icon()} Like</button> <button>${icon()} Reply</button> <button>Report</button></p></div></li>`;
}

/** The page's <main> (or its body) inside a site's header, menus, rails, comments and footer. */
export function inNewsFrame(html: string): string {
  const nav = SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a><ul class="sub">${[1, 2, 3].map((k) => `<li><a href="/${s.toLowerCase()}/${k}">${s} ${k}</a></li>`).join('')}</ul></li>`).join('');
  const header = `<div class="ad" id="top-ad"><iframe title="ad" src="about:blank" width="728" height="90"></iframe></div>
<header class="site"><a class="logo" href="/">${icon()} The Daily Ledger</a><form role="search"><input name="q" placeholder="Search"><button>${icon()}</button></form>
<nav class="main-nav"><ul>${nav}</ul></nav><div class="ticker"><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/live/${i}">${headline(i + 40)}</a></li>`).join('')}</ul></div></header>`;
  const share = `<div class="share">${['Facebook', 'X', 'LinkedIn', 'Email', 'Copy link'].map((s) => `<a href="/share/${s}">${icon()}<span>${s}</span></a>`).join('')}</div>`;
  const aside = `<aside class="rail"><section><h2>Most read</h2><ol>${Array.from({ length: 10 }, (_, i) => card(i, 'most')).join('')}</ol></section>
<div class="ad"><iframe title="ad" src="about:blank" width="300" height="250"></iframe></div>
<section><h2>Newsletters</h2><form><input type="email" placeholder="Email"><label><input type="checkbox"> Morning briefing</label><button>Sign up</button></form></section></aside>`;
  const related = `<section class="related"><h2>Related</h2><ul>${Array.from({ length: 12 }, (_, i) => card(i + 20, 'related')).join('')}</ul></section>`;
  const comments = `<section class="comments"><h2>Comments (25)</h2><ol>${Array.from({ length: 25 }, (_, i) => comment(i)).join('')}</ol></section>`;
  const footer = `<footer class="site">${SECTIONS.map((s) => `<div class="col"><h4>${s}</h4><ul>${Array.from({ length: 5 }, (_, k) => `<li><a href="/${s.toLowerCase()}/more/${k}">${s} more ${k}</a></li>`).join('')}</ul></div>`).join('')}<p>© The Daily Ledger. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></p></footer>
<script type="application/json" id="state">{"page":"article","ads":true}</script>`;
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? `<main>${html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1] ?? ''}</main>`;
  const framed = `${header}<div class="layout">${main.replace('</article>', `${share}</article>`)}${aside}</div>${related}${comments}${footer}`;
  return html.replace(/<body[^>]*>[\s\S]*<\/body>/, `<body>${framed}</body>`);
}
