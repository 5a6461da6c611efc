// Two reports of one invented event by independent outlets, in Spanish and in French, and an unrelated French report
// of the same day: they share the town's name and the day, and otherwise only ordinary words (curfew, floods,
// bridges), which meet across the two languages as concept keys only when the service worker has its lexicons.

export interface NewsPage {
  lang: string;
  title: string;
  site: string;
  paragraphs: string[];
}

const PUBLISHED = '2026-03-14T09:30:00+01:00';

export const CURFEW_ES: NewsPage = {
  lang: 'es',
  title: 'Toque de queda en Quintalba tras las inundaciones',
  site: 'Diario del Valle',
  paragraphs: [
    'El ayuntamiento de Quintalba decretó el sábado un toque de queda nocturno después de que las inundaciones derribaran varios puentes y dejaran incomunicado al pueblo.',
    'Según el alcalde, los vecinos deberán permanecer en sus casas desde el anochecer hasta el amanecer mientras los bomberos y el ejército buscan a los desaparecidos.',
    'El río se desbordó de madrugada tras varios días de lluvias torrenciales y el agua inundó las calles del centro. Cientos de familias tuvieron que abandonar sus viviendas y los heridos fueron trasladados al hospital.',
    'Las escuelas permanecerán cerradas hasta nuevo aviso, y las carreteras de acceso siguen cortadas por el barro.',
  ],
};

export const CURFEW_FR: NewsPage = {
  lang: 'fr',
  title: 'Couvre-feu à Quintalba, submergée par la crue',
  site: 'Le Courrier du Sud',
  paragraphs: [
    "Les habitants de Quintalba ne pourront plus sortir la nuit : la mairie a imposé samedi un couvre-feu, au lendemain d'inondations qui ont emporté des ponts et isolé la commune.",
    "Après plusieurs jours de pluies torrentielles, la rivière a débordé pendant la nuit et l'eau a envahi les rues du centre. Des centaines de familles ont dû quitter leur maison.",
    "Les pompiers et des soldats fouillent les quartiers inondés à la recherche de disparus. Les blessés ont été conduits à l'hôpital, et les écoles resteront fermées jusqu'à nouvel ordre.",
    'Le maire a demandé à la population de rester chez elle après la tombée de la nuit, le temps de dégager les routes couvertes de boue.',
  ],
};

export const MUSEUM_FR: NewsPage = {
  lang: 'fr',
  title: 'Le musée des Beaux-Arts de Lyon rouvre ses salles flamandes',
  site: 'Le Courrier du Sud',
  paragraphs: [
    'Après deux ans de travaux, le musée des Beaux-Arts de Lyon a rouvert samedi les salles consacrées à la peinture flamande, avec un nouvel éclairage et des cimaises repeintes.',
    "Les visiteurs peuvent de nouveau admirer les tableaux restaurés, dont plusieurs portraits qui n'avaient pas quitté les réserves depuis des décennies.",
    "La directrice du musée espère attirer un public plus jeune grâce à des visites guidées gratuites le dimanche matin et à un parcours pour les familles.",
    'Une exposition consacrée aux gravures de la Renaissance ouvrira au printemps dans la galerie voisine.',
  ],
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An article page with its language and publication time, as a news site serves it. */
export function newsPageHtml(page: NewsPage): string {
  return `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><title>${escape(page.title)}</title>
<meta property="og:site_name" content="${escape(page.site)}"><meta property="article:published_time" content="${PUBLISHED}"></head>
<body><nav><a href="/">${escape(page.site)}</a></nav><article><h1>${escape(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><footer>© ${escape(page.site)}</footer></body></html>`;
}
