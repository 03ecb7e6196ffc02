// Screenshots of the orientation sheet as it prints, for checking the print stylesheet by eye: walks the demo
// page's professional <inclusion-orientation> through the urgent path, fills the sheet, then takes the end screen
// on screen, printed (Ctrl+P on the end screen) and printed with "Imprimer la fiche" (the sheet alone).
//
//   npm start   # in another terminal: the demo on http://localhost:8080
//   node packages/orientation/scripts/print-screenshots.mjs [page URL] [output folder]
//
// Uses the Chromium of the machine (scripts/chromium-path.mjs), never a downloaded one.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';

const url = process.argv[2] ?? 'http://localhost:8080/orientation.html';
const outDir = resolve(process.argv[3] ?? 'tmp/orientation-print');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(url);
  const widget = page.locator('inclusion-orientation[mode="professional"]');
  await widget.getByRole('button', { name: 'Commencer' }).click();
  const pick = async (label) => {
    await widget.getByLabel(label, { exact: true }).check();
    await widget.getByRole('button', { name: 'Suivant' }).click();
  };
  await pick('Oui');
  await pick('Non, il faut la faire avec elle ou pour elle');
  await pick('Seulement un téléphone portable');
  await pick('Non');
  for (let skipped = 0; skipped < 4; skipped += 1) {
    await widget.getByRole('button', { name: 'Passer cette question' }).click();
  }
  await widget.getByRole('heading', { name: 'Orientation proposée' }).waitFor();
  await widget.getByLabel('Nom de la personne orientée (facultatif)').fill('Mme Exemple');
  await widget.getByLabel('Notes pour la personne qui l’accueillera').fill('Dossier à terminer avant le 30.');
  await widget.getByLabel('Votre nom').fill('Paul Martin');
  await widget.getByLabel('Votre structure').fill('CCAS de Belcastel');
  await widget.getByLabel('Lieu choisi').fill('France Services de Belcastel, 1 place de la Mairie');
  await page.screenshot({ path: join(outDir, 'end-screen.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(outDir, 'end-printed.png'), fullPage: true });
  // What "Imprimer la fiche" does around window.print().
  await widget.evaluate((element) =>
    element.shadowRoot.querySelector('.base').classList.add('printing-fiche'),
  );
  await page.screenshot({ path: join(outDir, 'sheet-printed.png'), fullPage: true });
  console.log(`Screenshots in ${outDir}: end-screen.png, end-printed.png, sheet-printed.png`);
} finally {
  await browser.close();
}
