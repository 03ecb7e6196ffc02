import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { lieuDetailSchema, type LieuDetail } from '@inclusion-widgets/core';
import { define } from '@inclusion-widgets/ui';
import { lieux } from '../../../../test/fixtures/lieux.js';
import type { InclusionDetailsBackEvent } from './events.js';
import { directionsHref, formatPhone, mailtoWith } from './share.js';
import { InclusionVenueDetails } from './venue-details.js';

define('inclusion-venue-details', InclusionVenueDetails, '0.0.0-test');

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-venue-details': InclusionVenueDetails;
  }
}

/** Monday 30 March 2026, 10:00 in Lille. */
const now = new Date('2026-03-30T08:00:00Z');
const shareUrl = 'https://mairie.example.org/aide-numerique?lieu=exemple-lille-espace-numerique';

/** The first fixture place, with every field of the standard filled in. */
const complete: LieuDetail = lieuDetailSchema.parse({
  ...lieux[0],
  typologie: ['muni', 'tiers-lieux'],
  site_web: ['https://example.org/espace-numerique', 'https://social.example.org/@espace'],
  courriels: ['contact@example.org', 'ateliers@example.org'],
  presentation_detail: 'Des ateliers chaque mardi.\nAccueil en langue des signes le mercredi.',
  source: 'Ville de Lille (exemple)',
  structure_parente: 'Réseau des espaces numériques (exemple)',
  publics_specifiquement_adresses: ['seniors', 'jeunes'],
  prise_en_charge_specifique: ['surdite', 'illettrisme'],
  frais_a_charge: ['gratuit-sous-condition'],
  dispositif_programmes_nationaux: ['conseillers-numeriques', 'aidants-connect'],
  formations_labels: ['forme-a-mon-espace-sante'],
  autres_formations_labels: 'Label Numérique Solidaire (exemple)',
  fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/59-lille/a/mairie/erp/exemple/',
  prise_rdv: 'https://rdv.example.org/espace-numerique',
  horaires_valides: true,
  horaires_semaine: {
    complet: false,
    jours: [
      {
        jour: 'lundi',
        plages: [
          { debut: '09:00', fin: '12:00' },
          { debut: '14:00', fin: '17:30' },
        ],
      },
      {
        jour: 'mardi',
        plages: [{ debut: '14:00', fin: '18:00', incertain: true, commentaire: 'sur rendez-vous' }],
      },
      { jour: 'mercredi', plages: [{ debut: '09:00', fin: '12:00' }] },
      { jour: 'jeudi', plages: [{ debut: '09:00', fin: '12:00' }] },
      { jour: 'vendredi', plages: [{ debut: '09:00', fin: '12:00' }] },
      { jour: 'samedi', plages: [{ debut: '20:00', fin: '24:00' }] },
      { jour: 'dimanche', plages: [] },
    ],
  },
  ouverture: { statut: 'ouvert', jusqu_a: '2026-03-30T12:00:00+02:00' },
});

/** The Lyon fixture: no phone, e-mail, web site, hours, description, booking or coordinates of note. */
const sparse: LieuDetail = lieuDetailSchema.parse({
  id: 'exemple-minimal',
  pivot: '00000000000199',
  nom: 'Lieu minimal (exemple)',
  commune: 'Lyon',
  code_postal: '69001',
  adresse: '3 quai de l’Exemple',
  date_maj: '2024-02-01',
});

const longWord = 'Médiathèque'.repeat(910); // 10,010 characters without a space

/** A place whose texts and links were tampered with after validation (the view must not trust the data). */
const hostile = {
  ...lieuDetailSchema.parse({ ...lieux[3] }),
  nom: `<script>alert("nom")</script>\u202Eexemple ${longWord}`,
  presentation_resume: '<img src=x onerror=alert(1)><b>gras</b>',
  presentation_detail: '<script>alert("detail")</script>',
  site_web: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://ok.example.org/'],
  prise_rdv: 'javascript:alert(2)',
  fiche_acces_libre: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  courriels: ['victime@example.org?bcc=tous@example.org', 'vbscript:msgbox(1)'],
  telephone: 'javascript:alert(3)',
  structure_parente: '<a href="javascript:alert(4)">réseau</a>',
  horaires: '<script>alert(5)</script>',
  horaires_valides: false,
} as LieuDetail;

async function render(
  lieu: LieuDetail,
  options: { reportEmail?: string; shareUrl?: string; headingLevel?: number; lang?: string } = {},
): Promise<InclusionVenueDetails> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'fr'}>
      <inclusion-venue-details
        .lieu=${lieu}
        .shareUrl=${options.shareUrl}
        .reportEmail=${options.reportEmail}
        .headingLevel=${options.headingLevel ?? 2}
        .now=${now}
      ></inclusion-venue-details>
    </div>`,
  );
  const el = wrapper.querySelector('inclusion-venue-details')!;
  await el.updateComplete;
  return el;
}

const root = (el: InclusionVenueDetails) => el.shadowRoot!;
/** The text of a node, whitespace collapsed as a screen reader reads it. */
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const section = (el: InclusionVenueDetails, name: string) => root(el).querySelector(`section.${name}`);
const link = (el: InclusionVenueDetails, selector: string) =>
  root(el).querySelector<HTMLAnchorElement>(selector);

/** The decoded `subject` and `body` of a `mailto:` link, and its recipient. */
function mailOf(href: string): {
  to: string;
  subject: string | null;
  body: string | null;
  params: URLSearchParams;
} {
  const [address = '', query = ''] = href.slice('mailto:'.length).split('?');
  const params = new URLSearchParams(query);
  return {
    to: decodeURIComponent(address),
    subject: params.get('subject'),
    body: params.get('body'),
    params,
  };
}

describe('<inclusion-venue-details>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows the name as a level-2 heading, its sections at level 3', async () => {
    const el = await render(complete);
    const heading = root(el).querySelector('h2');
    expect(textOf(heading)).to.equal('Espace numérique du centre (exemple)');
    expect(heading!.getAttribute('part')).to.equal('heading');
    expect(root(el).querySelectorAll('h2')).to.have.length(1);
    expect(textOf(section(el, 'hours')?.querySelector('h3'))).to.equal('Horaires');
  });

  it('takes another heading level', async () => {
    const el = await render(complete, { headingLevel: 3 });
    expect(root(el).querySelector('h2')).to.equal(null);
    expect(textOf(root(el).querySelector('h3.heading'))).to.equal('Espace numérique du centre (exemple)');
    expect(section(el, 'hours')?.querySelector('h4')).to.exist;
  });

  it('says whether the place is open now, in its own time', async () => {
    const el = await render(complete);
    expect(textOf(root(el).querySelector('[part="status"]'))).to.equal('Ouvert · ferme à 12:00');
  });

  it('shows every field of the standard in plain words, with the vocabularies’ labels', async () => {
    const el = await render(complete, { shareUrl });
    const text = textOf(root(el));
    const expected = [
      // address and where
      '1 place de l’Exemple',
      'Rez-de-chaussée, porte B',
      '59000 Lille',
      // contact
      '03 00 00 01 01',
      'contact@example.org',
      'ateliers@example.org',
      'example.org/espace-numerique',
      'social.example.org/@espace',
      // texts
      'Un lieu d’exemple où des médiateurs aident',
      'Des ateliers chaque mardi.',
      // services, with their plain description
      'Aide aux démarches administratives',
      'On vous aide à faire vos démarches en ligne',
      'Apprendre à utiliser un ordinateur ou un téléphone',
      'Accès à Internet et à un ordinateur',
      // publics, specific support, costs and their detail
      'Personnes âgées',
      'Jeunes',
      'Personnes sourdes ou malentendantes',
      'Difficultés pour lire et écrire',
      'Gratuit dans certains cas',
      'Le prix dépend par exemple de votre âge',
      // access and support modes
      'Venir sur place',
      'Téléphoner',
      'Aide individuelle',
      'En atelier de groupe',
      // programmes and labels
      'Conseillers numériques',
      'Aidants Connect',
      'Formé à Mon Espace Santé',
      'Label Numérique Solidaire (exemple)',
      // kind of place, itinerance, parent structure
      'Mairie',
      'Tiers-lieu',
      'Toujours au même endroit',
      'Réseau des espaces numériques (exemple)',
      // about the data
      'Mises à jour le 2 avril 2024.',
      'Ville de Lille (exemple)',
      // technical details
      'exemple-lille-espace-numerique',
      '00000000000101',
      '59350',
      '50.6365, 3.0635',
      'Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00',
      // booking and accessibility
      'Prendre rendez-vous en ligne',
      'Voir l’accès pour les personnes handicapées sur Acceslibre',
    ];
    for (const fragment of expected) expect(text, fragment).to.include(fragment);
    expect(text).not.to.match(/undefined|null|NaN|\[object/);
  });

  it('shows nothing for the fields a place leaves empty', async () => {
    const el = await render(sparse);
    const text = textOf(root(el));
    expect(text).not.to.match(/undefined|null|NaN|\[object/);
    for (const name of ['hours', 'contact', 'accessibility', 'services', 'frais_a_charge', 'about']) {
      expect(section(el, name), name).to.equal(null);
    }
    expect(root(el).querySelector('table')).to.equal(null);
    expect(link(el, '[part="booking-link"]')).to.equal(null);
    expect(link(el, '[part="directions-link"]')).to.equal(null);
    expect(link(el, '[part="report-link"]')).to.equal(null);
    expect(root(el).querySelector('button.copy')).to.equal(null);
    expect(textOf(root(el).querySelector('[part="status"]'))).to.equal('Horaires non communiqués');
    expect(text).to.include('3 quai de l’Exemple');
    await expect(el).to.be.accessible();
  });

  it('shows the weekly hours as a real table, today marked in words', async () => {
    const el = await render(complete);
    const table = root(el).querySelector('table')!;
    expect(textOf(table.querySelector('caption'))).to.equal('Horaires de la semaine');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(7);
    for (const row of rows) expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(rows.map((row) => textOf(row.querySelector('th')))).to.deep.equal([
      'Lundi (aujourd’hui)',
      'Mardi',
      'Mercredi',
      'Jeudi',
      'Vendredi',
      'Samedi',
      'Dimanche',
    ]);
    expect(rows[0]!.querySelectorAll('.period')).to.have.length(2);
    expect([...rows[0]!.querySelectorAll('.period')].map(textOf)).to.deep.equal([
      'de 9:00 à 12:00',
      'de 14:00 à 17:30',
    ]);
    expect(textOf(rows[1]!.querySelector('td'))).to.equal('de 14:00 à 18:00 (sur rendez-vous)');
    expect(textOf(rows[5]!.querySelector('td'))).to.equal('de 20:00 à minuit');
    expect(textOf(rows[6]!.querySelector('td'))).to.equal('Fermé');
    // Not a full week: the holidays note is there.
    expect(textOf(section(el, 'hours'))).to.include('Ces horaires peuvent changer les jours fériés');
  });

  it('shows hours that do not parse as the place gave them, as text', async () => {
    const el = await render(hostile);
    const hours = section(el, 'hours')!;
    expect(hours.querySelector('table')).to.equal(null);
    expect(textOf(hours)).to.include('Horaires donnés par le lieu : <script>alert(5)</script>');
    expect(hours.querySelector('script')).to.equal(null);
  });

  it('links phone, e-mails, web sites, booking, accessibility and directions with the right addresses', async () => {
    const el = await render(complete);
    expect(link(el, 'a.phone')!.getAttribute('href')).to.equal('tel:+33300000101');
    expect([...root(el).querySelectorAll('a.email')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:contact@example.org',
      'mailto:ateliers@example.org',
    ]);
    const websites = [...root(el).querySelectorAll<HTMLAnchorElement>('a.website')];
    expect(websites.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/espace-numerique',
      'https://social.example.org/@espace',
    ]);
    const booking = link(el, '[part="booking-link"]')!;
    expect(booking.getAttribute('href')).to.equal('https://rdv.example.org/espace-numerique');
    expect(link(el, 'a.acces-libre')!.getAttribute('href')).to.equal(
      'https://acceslibre.beta.gouv.fr/app/59-lille/a/mairie/erp/exemple/',
    );
    expect(link(el, '[part="directions-link"]')!.getAttribute('href')).to.equal(
      'https://www.openstreetmap.org/directions?to=50.6365,3.0635',
    );
    for (const external of [...websites, booking, link(el, '[part="directions-link"]')!]) {
      expect(external.target).to.equal('_blank');
      expect(external.rel).to.equal('noopener noreferrer');
      expect(textOf(external)).to.include('(nouvelle fenêtre)');
    }
  });

  it('shows hostile text as text, and makes no link of unsafe addresses', async () => {
    const el = await render(hostile);
    expect(root(el).querySelectorAll('script, img, b, iframe')).to.have.length(0);
    expect(textOf(root(el).querySelector('.heading'))).to.equal(textOf({ textContent: hostile.nom } as Node));
    expect(textOf(root(el).querySelector('.summary'))).to.equal('<img src=x onerror=alert(1)><b>gras</b>');
    expect(textOf(root(el))).to.include('<script>alert("detail")</script>');
    const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href, href).to.match(/^(https:|mailto:|tel:)/);
    expect(hrefs.filter((href) => /javascript|data:|vbscript/i.test(href))).to.deep.equal([]);
    // The one safe web site stays; the unsafe ones are dropped, their text not shown as a link.
    expect([...root(el).querySelectorAll('a.website')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://ok.example.org/',
    ]);
    expect(textOf(root(el))).not.to.include('javascript:alert(1)');
    expect(link(el, '[part="booking-link"]')).to.equal(null);
    expect(link(el, 'a.acces-libre')).to.equal(null);
    expect(link(el, 'a.phone')).to.equal(null);
    expect(root(el).querySelectorAll('a.email')).to.have.length(0);
    expect(link(el, '[part="report-link"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('wraps a 10,000-character name instead of widening the page, down to 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render(hostile);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const heading = root(el).querySelector<HTMLElement>('.heading')!;
      expect(heading.scrollWidth).to.be.at.most(heading.clientWidth + 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fires inclusion-details-back from the back button, across shadow roots', async () => {
    const el = await render(complete);
    const button = root(el).querySelector<HTMLButtonElement>('[part="back-button"]')!;
    expect(textOf(button)).to.equal('← Retour à la liste');
    setTimeout(() => button.click());
    const event = (await oneEvent(document, 'inclusion-details-back')) as InclusionDetailsBackEvent;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.id).to.equal('exemple-lille-espace-numerique');
  });

  it('moves the focus to the name on request', async () => {
    const el = await render(complete);
    await el.focusHeading();
    expect(root(el).activeElement).to.equal(root(el).querySelector('.heading'));
  });

  describe('copy the link', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies the link and says so in a live region', async () => {
      const copied: string[] = [];
      stubClipboard(async (text) => void copied.push(text));
      const el = await render(complete, { shareUrl });
      const status = root(el).querySelector('[part="copy-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal('');
      root(el).querySelector<HTMLButtonElement>('button.copy')!.click();
      await waitFor(() => textOf(status) === 'Lien copié.');
      expect(copied).to.deep.equal([shareUrl]);
      await expect(el).to.be.accessible();
    });

    it('shows the link selected in a field when it cannot copy it', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await render(complete, { shareUrl, lang: 'en' });
        root(el).querySelector<HTMLButtonElement>('button.copy')!.click();
        const status = root(el).querySelector('[part="copy-status"]')!;
        await waitFor(() => textOf(status) !== '');
        expect(textOf(status)).to.equal('We could not copy the link. It is selected below: copy it.');
        const input = root(el).querySelector<HTMLInputElement>('.copy-input')!;
        expect(input.value).to.equal(shareUrl);
        expect(input.readOnly).to.equal(true);
        expect(root(el).activeElement).to.equal(input);
        await expect(el).to.be.accessible();
      } finally {
        document.execCommand = execCommand;
      }
    });

    it('offers no copy without a valid share link', async () => {
      const el = await render(complete, { shareUrl: 'javascript:alert(1)' });
      expect(root(el).querySelector('button.copy')).to.equal(null);
    });
  });

  describe('prepared e-mails', () => {
    it('sends the place by e-mail with its name, address, hours, phone and link, encoded', async () => {
      const el = await render(complete, { shareUrl });
      const href = link(el, 'a.share-email')!.getAttribute('href')!;
      expect(href).to.match(/^mailto:\?subject=[^&\s]+&body=[^&\s]+$/);
      const mail = mailOf(href);
      expect(mail.to).to.equal('');
      expect(mail.subject).to.equal(
        'Un lieu pour vous aider avec le numérique : Espace numérique du centre (exemple)',
      );
      expect(mail.body).to.equal(
        [
          'Bonjour,',
          '',
          'Voici un lieu qui peut vous aider avec le numérique :',
          '',
          'Espace numérique du centre (exemple)',
          '',
          'Adresse :',
          '1 place de l’Exemple',
          'Rez-de-chaussée, porte B',
          '59000 Lille',
          '',
          'Horaires :',
          'Lundi : de 9:00 à 12:00, de 14:00 à 17:30',
          'Mardi : de 14:00 à 18:00 (sur rendez-vous)',
          'Mercredi : de 9:00 à 12:00',
          'Jeudi : de 9:00 à 12:00',
          'Vendredi : de 9:00 à 12:00',
          'Samedi : de 20:00 à minuit',
          'Dimanche : Fermé',
          '',
          'Téléphone : 03 00 00 01 01',
          '',
          `Plus d’informations : ${shareUrl}`,
        ].join('\r\n'),
      );
    });

    it('cannot be tricked by a name into adding recipients or lines', async () => {
      const tricky = { ...complete, nom: 'Lieu&bcc=espion@example.org\r\nCc: x@example.org ?body=faux #' };
      const el = await render(tricky, { shareUrl });
      const { params, subject } = mailOf(link(el, 'a.share-email')!.getAttribute('href')!);
      expect([...params.keys()]).to.deep.equal(['subject', 'body']);
      expect(subject).to.equal(
        'Un lieu pour vous aider avec le numérique : Lieu&bcc=espion@example.org Cc: x@example.org ?body=faux #',
      );
    });

    it('reports a mistake to the partner’s address, naming the place and its id', async () => {
      const el = await render(complete, { shareUrl, reportEmail: 'signalement@mairie.example.org' });
      const report = link(el, '[part="report-link"]')!;
      expect(textOf(report)).to.equal('Signaler une erreur');
      const mail = mailOf(report.getAttribute('href')!);
      expect(mail.to).to.equal('signalement@mairie.example.org');
      expect(mail.subject).to.equal(
        'Erreur sur la fiche « Espace numérique du centre (exemple) » (exemple-lille-espace-numerique)',
      );
      expect(mail.body).to.include('Identifiant : exemple-lille-espace-numerique');
      expect(mail.body).to.include(shareUrl);
    });

    it('reports to the place itself without a partner address, and not at all without either', async () => {
      const el = await render(complete);
      expect(mailOf(link(el, '[part="report-link"]')!.getAttribute('href')!).to).to.equal(
        'contact@example.org',
      );
      const blank = await render(complete, { reportEmail: ' ' });
      expect(mailOf(link(blank, '[part="report-link"]')!.getAttribute('href')!).to).to.equal(
        'contact@example.org',
      );
      const without = await render(sparse);
      expect(link(without, '[part="report-link"]')).to.equal(null);
    });
  });

  describe('print', () => {
    it('prints the place alone, through a frame built without HTML strings or inline styles', async () => {
      const el = await render(complete, { shareUrl });
      const printed: Document[] = [];
      // Replace the frame's print() as soon as the frame appears, before the dialog would open.
      const observer = new MutationObserver(() => {
        const frame = root(el).querySelector('iframe');
        if (frame?.contentWindow && !printed.length) {
          frame.contentWindow.print = () => void printed.push(frame.contentDocument!);
        }
      });
      observer.observe(root(el), { childList: true });
      try {
        root(el).querySelector<HTMLButtonElement>('button.print')!.click();
        await waitFor(() => printed.length > 0);
      } finally {
        observer.disconnect();
      }
      const doc = printed[0]!;
      expect(doc.documentElement.lang).to.equal('fr');
      expect(doc.title).to.equal('Espace numérique du centre (exemple)');
      expect(doc.adoptedStyleSheets).to.have.length(1);
      expect(doc.querySelectorAll('[style], style, script')).to.have.length(0);
      expect(textOf(doc.querySelector('h2'))).to.equal('Espace numérique du centre (exemple)');
      expect(doc.querySelectorAll('tbody tr')).to.have.length(7);
      expect(doc.querySelectorAll('button, [data-print="no"], details')).to.have.length(0);
      expect(textOf(doc.body)).to.include(`Lien vers cette fiche : ${shareUrl}`);
      expect(textOf(doc.body)).to.include('Aide aux démarches administratives');
      // The frame goes away when printing is over.
      const frame = root(el).querySelector('iframe')!;
      expect(frame.getAttribute('aria-hidden')).to.equal('true');
      frame.contentWindow!.dispatchEvent(new Event('afterprint'));
      expect(root(el).querySelector('iframe')).to.equal(null);
    });

    it('hides the buttons when the whole page is printed', async () => {
      const el = await render(complete, { shareUrl });
      await emulateMedia({ media: 'print' });
      const back = root(el).querySelector<HTMLElement>('[part="back-button"]')!;
      expect(getComputedStyle(back).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.actions-group')!).display).to.equal('none');
    });
  });

  it('speaks English in an English page', async () => {
    const el = await render(complete, { lang: 'en', shareUrl });
    const text = textOf(root(el));
    expect(textOf(root(el).querySelector('[part="back-button"]'))).to.equal('← Back to the list');
    expect(textOf(root(el).querySelector('[part="status"]'))).to.equal('Open · closes at 12:00 PM');
    for (const fragment of [
      'Opening hours for the week',
      'Monday (today)',
      'from 9:00 AM to 12:00 PM',
      'Help with official procedures',
      'Deaf or hard of hearing',
      'Free in some cases',
      'Book an appointment online',
      'Updated on April 2, 2024.',
    ]) {
      expect(text, fragment).to.include(fragment);
    }
    const mail = mailOf(link(el, 'a.share-email')!.getAttribute('href')!);
    expect(mail.body).to.include('Monday: from 9:00 AM to 12:00 PM, from 2:00 PM to 5:30 PM');
  });

  it('is accessible with every field filled in', async () => {
    const el = await render(complete, { shareUrl, reportEmail: 'signalement@mairie.example.org' });
    await expect(el).to.be.accessible();
  });

  it('renders nothing without a place', async () => {
    const el = await fixture<InclusionVenueDetails>(
      html`<inclusion-venue-details></inclusion-venue-details>`,
    );
    expect(root(el).querySelector('article')).to.equal(null);
  });
  it('explains SIRET, RNA, code INSEE, GPS and Acceslibre with the glossary, its definitions next to them', async () => {
    const el = await render(complete);
    // Acceslibre: after its link (a button may not go inside a link).
    await waitFor(() => root(el).querySelector('.glossary-term[data-term="acceslibre"]') !== null);
    const accessibility = section(el, 'accessibility')!;
    expect(accessibility.querySelector('a .glossary-term')).to.equal(null);
    expect(textOf(accessibility.querySelector('.glossary-more'))).to.equal('Mots expliqués : Acceslibre');
    // The technical details: their terms are buttons once the section is opened.
    const details = root(el).querySelector<HTMLDetailsElement>('details.technical')!;
    details.open = true;
    await waitFor(() => details.querySelector('.glossary-term[data-term="siret"]') !== null);
    const terms = [...details.querySelectorAll<HTMLButtonElement>('dt .glossary-term')];
    expect(terms.map((button) => button.textContent)).to.deep.equal([
      'SIRET',
      'RNA',
      'Code INSEE',
      'Coordonnées GPS',
      'OpenStreetMap',
    ]);
    // The place's own « identifiant » is not the glossary's (a login).
    expect(textOf(details.querySelector('dt'))).to.equal('Identifiant de la fiche');
    expect(details.querySelector('dt')!.querySelector('button')).to.equal(null);
    const siret = terms[0]!;
    siret.focus();
    await sendKeys({ press: 'Enter' });
    const panel = root(el).getElementById(siret.getAttribute('aria-controls')!)!;
    await waitFor(() => !panel.hidden);
    expect(siret.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.textContent).to.contain('14 chiffres');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(root(el).activeElement).to.equal(siret);
    await expect(el).to.be.accessible();
  });
});

/** Waits (over animation frames, at most 2 s) until `condition` holds. */
async function waitFor(condition: () => boolean): Promise<void> {
  const end = performance.now() + 2000;
  while (!condition()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('details helpers', () => {
  it('writes phone numbers of the standard as people in France write them', () => {
    expect(formatPhone('+33300000101')).to.equal('03 00 00 01 01');
    expect(formatPhone('+262262123456')).to.equal('02 62 12 34 56');
    expect(formatPhone('+687123456')).to.equal('+687 12 34 56');
    expect(formatPhone('0300000101')).to.equal('0300000101');
  });

  it('links directions only for a place with coordinates', () => {
    expect(directionsHref({ latitude: 45.7676, longitude: 4.8344 })).to.equal(
      'https://www.openstreetmap.org/directions?to=45.7676,4.8344',
    );
    expect(directionsHref({})).to.equal(undefined);
    expect(directionsHref({ latitude: Number.NaN, longitude: 3 })).to.equal(undefined);
  });

  it('percent-encodes every special character of a mailto subject and body', () => {
    const href = mailtoWith('mailto:', 'A & B # 100 % + ?', 'ligne 1\nligne 2 & cc=x@example.org');
    expect(href).to.equal(
      'mailto:?subject=A%20%26%20B%20%23%20100%20%25%20%2B%20%3F&body=ligne%201%0D%0Aligne%202%20%26%20cc%3Dx%40example.org',
    );
  });
});
